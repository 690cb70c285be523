using Triangulate.Core.Living;
using Triangulate.Engine.Living;
using Triangulate.Stories.Clustering;
using Triangulate.Stories.Lineage;

namespace Triangulate.Engine.Tests.Living;

/// <summary>
/// Ids retired in one batch: both ends of every alias and every emptied story must resolve to a story that exists.
/// Found by `verify` after the 50-kill crash run (completion on a crash-recovered store): an alias pointing at an
/// alias after two merges in a row, and a story left with no members when its only article moved into a story born
/// in the same batch.
/// </summary>
public sealed class RetireChainTests
{
    private const string ArticleA = "t-00000000000000aa";

    [Fact]
    public async Task NameNewStories_TwoMergesInARow_EveryAliasPointsAtTheSurvivor()
    {
        await using var harness = new LivingHarness();
        var store = (IStoryStore)await harness.OpenAsync();
        var state = NewState(new StoryClusterer());
        (state.IdOf[1], state.BornSeqOf[1]) = ("s-first", 1); // the oldest: survives both merges
        (state.IdOf[2], state.BornSeqOf[2]) = ("s-second", 2);
        (state.IdOf[3], state.BornSeqOf[3]) = ("s-third", 3);
        var changes = new DecisionChanges(state, new Dictionary<string, long>(StringComparer.Ordinal), DateTimeOffset.UnixEpoch);
        changes.Read(
        [
            new ClusterDecision(1, ClusterDecisionKind.Merge, "story-2", "story-3", null, 0, ["x"]),
            new ClusterDecision(2, ClusterDecisionKind.Merge, "story-1", "story-2", null, 0, ["x", "y"]),
        ]);

        await using var session = await store.BeginWriteAsync();
        await changes.NameNewStoriesAsync(session, CancellationToken.None);
        var commit = new StoryCommit { At = DateTimeOffset.UnixEpoch };
        changes.Write(commit, []);

        Assert.Equal("s-first", state.IdOf[1]);
        Assert.All(commit.Aliases, a => Assert.Equal("s-first", a.StoryId));
        Assert.Equal(["s-second", "s-third"], commit.Aliases.Select(a => a.Alias).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task NameNewStories_OnlyArticleMovesIntoAStoryBornInTheBatch_EmptiedStoryIsRetiredIntoIt()
    {
        await using var harness = new LivingHarness();
        var store = (IStoryStore)await harness.OpenAsync();
        var clusterer = new StoryClusterer();
        var born = clusterer.Add(new ClusterInput(ArticleA, "Harbour crane collapses at the container port", "A crane fell onto a ship at the port on Monday."));
        var state = NewState(clusterer);
        const int emptied = 99; // no longer held: its only article went to the new story
        (state.IdOf[emptied], state.BornSeqOf[emptied]) = ("s-emptied", 1);
        var changes = new DecisionChanges(state, new Dictionary<string, long>(StringComparer.Ordinal) { [ArticleA] = 1 }, DateTimeOffset.UnixEpoch);
        changes.Read([new ClusterDecision(1, ClusterDecisionKind.Move, born, "story-99", ArticleA, 0)]);

        await using var session = await store.BeginWriteAsync();
        await changes.NameNewStoriesAsync(session, CancellationToken.None);
        var commit = new StoryCommit { At = DateTimeOffset.UnixEpoch };
        changes.Write(commit, []);

        var target = state.IdOf[StoryClusterer.NumberOf(born)];
        Assert.Contains("s-emptied", commit.DeletedStories);
        Assert.Contains(new StoryAliasRecord("s-emptied", target), commit.Aliases);
        Assert.Contains(commit.Members, m => m.ArticleId == ArticleA && m.StoryId == target);
        Assert.False(state.IdOf.ContainsKey(emptied));
    }

    private static WriterState NewState(StoryClusterer clusterer) => new()
    {
        Clusterer = clusterer,
        Lineage = new LineageIndex(),
        Detector = new CreditDetector(),
    };
}
