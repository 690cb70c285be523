using Triangulate.Stories.Clustering;

namespace Triangulate.Stories.Tests.Clustering;

public sealed class StoryClustererRefineTests
{
    private static readonly StoryClustererOptions NoEvolution = new() { MergeThreshold = 1.01, SplitThreshold = 99 };

    private static ClusterInput WithSignOff(ClusterInput input) => input with { Text = input.Text + " Reporting by the newsroom desk." };

    [Fact]
    public void Refine_ArticleMisplacedEarly_MovesToBetterStoryAndLogs()
    {
        // Phase 1: with no join threshold the otter report lands in the bridge story.
        var early = new StoryClusterer(NoEvolution with { JoinThreshold = 0 });
        early.Add(WithSignOff(Texts.Bridge("b1")));
        early.Add(WithSignOff(Texts.OttersFollowUp("o3")));
        Assert.Equal(early.StoryOf("b1")!.Id, early.StoryOf("o3")!.Id);

        // Phase 2: a strict threshold lets the otter story form on its own.
        var later = StoryClusterer.FromSnapshot(early.ToSnapshot(), NoEvolution with { JoinThreshold = 0.9 });
        later.Add(Texts.Otters("o1"));
        later.Add(Texts.Otters("o2"));
        Assert.NotEqual(later.StoryOf("o1")!.Id, later.StoryOf("o3")!.Id);

        // Phase 3: refinement with normal settings moves the early article where it belongs.
        var refined = StoryClusterer.FromSnapshot(later.ToSnapshot(), NoEvolution);
        Assert.Equal(1, refined.Refine(["b1", "o3"]));

        Assert.Equal(refined.StoryOf("o1")!.Id, refined.StoryOf("o3")!.Id);
        Assert.Equal(["b1"], refined.StoryOf("b1")!.ArticleIds);
        var move = refined.Decisions[^1];
        Assert.Equal(ClusterDecisionKind.Move, move.Kind);
        Assert.Equal("o3", move.ArticleId);
        Assert.Equal(refined.StoryOf("b1")!.Id, move.OtherStoryId);
    }

    [Fact]
    public void Refine_WellPlacedArticles_NoMoves()
    {
        var c = new StoryClusterer();
        c.AddBatch([Texts.Bridge("b1"), Texts.Otters("o1"), Texts.BridgeFollowUp("b2"), Texts.OttersFollowUp("o2")]);
        Assert.Equal(0, c.Refine(["b1", "o1", "b2", "o2"]));
    }

    [Fact]
    public void Add_TwoSeparableStories_NotMergedEvenWithLooseMergeThreshold()
    {
        // Two stories of three articles each form with merging off; then, with any score enough to merge,
        // the separation rule alone must keep them apart when the next article arrives.
        var first = new StoryClusterer(new StoryClustererOptions { MergeThreshold = 1.01 });
        foreach (var input in new[] { Texts.Bridge("b1"), Texts.BridgeFollowUp("b2"), Texts.Bridge("b3", title: "Review after bridge collapse"), Texts.Otters("o1"), Texts.OttersFollowUp("o2"), Texts.Otters("o3") })
        {
            first.Add(WithSignOff(input));
        }

        var c = StoryClusterer.FromSnapshot(first.ToSnapshot(), new StoryClustererOptions { MergeThreshold = 0 });
        c.Add(WithSignOff(Texts.BridgeFollowUp("b4")));

        Assert.Equal(["b1", "b2", "b3", "b4"], c.StoryOf("b1")!.ArticleIds.Order());
        Assert.Equal(["o1", "o2", "o3"], c.StoryOf("o1")!.ArticleIds.Order());
        Assert.DoesNotContain(c.Decisions, d => d.Kind == ClusterDecisionKind.Merge);
    }
}
