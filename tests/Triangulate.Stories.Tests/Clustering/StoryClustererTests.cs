using Triangulate.Stories.Clustering;

namespace Triangulate.Stories.Tests.Clustering;

public sealed class StoryClustererTests
{
    private static readonly DateTimeOffset Day = new(2025, 10, 18, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Add_FollowUpOfSameEvent_JoinsStory()
    {
        var c = new StoryClusterer();
        var first = c.Add(Texts.Bridge("a1", Day));
        var second = c.Add(Texts.BridgeFollowUp("a2", Day.AddDays(1)));
        Assert.Equal(first, second);
        Assert.Equal(ClusterDecisionKind.Join, c.Decisions[^1].Kind);
        Assert.True(c.Decisions[^1].Score >= c.Options.JoinThreshold);
    }

    [Fact]
    public void Add_UnrelatedEvents_StartSeparateStories()
    {
        var c = new StoryClusterer();
        var bridge = c.Add(Texts.Bridge("a1", Day));
        var otters = c.Add(Texts.Otters("a2", Day));
        var vote = c.Add(Texts.Election("a3", Day));
        Assert.Equal(3, new[] { bridge, otters, vote }.Distinct().Count());
        Assert.All(c.Decisions, d => Assert.Equal(ClusterDecisionKind.New, d.Kind));
    }

    [Fact]
    public void Add_EmptyOrSymbolOnlyText_StartsItsOwnStory()
    {
        var c = new StoryClusterer();
        c.Add(Texts.Bridge("a1"));
        var empty = c.Add(new ClusterInput("a2", null, string.Empty));
        var junk = c.Add(new ClusterInput("a3", "", "— … ### 1 $ %"));
        Assert.NotEqual(c.StoryOf("a1")!.Id, empty);
        Assert.NotEqual(empty, junk);
    }

    [Fact]
    public void Add_VeryLongSingleLine_Completes()
    {
        var text = string.Concat(Enumerable.Repeat("footbridge collapse Alcena ", 200_000));
        var c = new StoryClusterer();
        var id = c.Add(new ClusterInput("big", null, text));
        Assert.Equal(id, c.Add(Texts.Bridge("a1")));
    }

    [Fact]
    public void Add_SameEventMonthsApart_TimeDecayKeepsThemApart()
    {
        var c = new StoryClusterer(new StoryClustererOptions { DecayDays = 5 });
        var early = c.Add(Texts.Bridge("a1", Day));
        var late = c.Add(Texts.BridgeFollowUp("a2", Day.AddDays(200)));
        Assert.NotEqual(early, late);
    }

    [Fact]
    public void Add_NoDates_NoDecayApplied()
    {
        var c = new StoryClusterer(new StoryClustererOptions { DecayDays = 5 });
        Assert.Equal(c.Add(Texts.Bridge("a1", Day)), c.Add(Texts.BridgeFollowUp("a2")));
    }

    [Fact]
    public void Add_TwoStoriesThatAreOne_MergedAndLogged()
    {
        // A join threshold no article reaches makes each start a story; the merge check then folds them.
        var c = new StoryClusterer(new StoryClustererOptions { JoinThreshold = 1.01, MergeThreshold = 0.2 });
        c.Add(Texts.Bridge("a1"));
        c.Add(Texts.BridgeFollowUp("a2"));
        var merge = Assert.Single(c.Decisions, d => d.Kind == ClusterDecisionKind.Merge);
        Assert.Equal(c.StoryOf("a1")!.Id, c.StoryOf("a2")!.Id);
        Assert.Equal(merge.StoryId, c.StoryOf("a1")!.Id);
        Assert.Single(c.GetStories());
    }

    [Fact]
    public void Add_StoryThatIsTwo_SplitAndLogged()
    {
        // A join threshold of zero forces every article into one story; the split check at four articles separates the events.
        var c = new StoryClusterer(new StoryClustererOptions { JoinThreshold = 0, MergeThreshold = 1.01, MinSplitSize = 2 });
        c.Add(WithSignOff(Texts.Bridge("b1")));
        c.Add(WithSignOff(Texts.Otters("o1")));
        c.Add(WithSignOff(Texts.BridgeFollowUp("b2")));
        c.Add(WithSignOff(Texts.OttersFollowUp("o2")));
        var split = Assert.Single(c.Decisions, d => d.Kind == ClusterDecisionKind.Split);
        Assert.Equal(c.StoryOf("b1")!.Id, c.StoryOf("b2")!.Id);
        Assert.Equal(c.StoryOf("o1")!.Id, c.StoryOf("o2")!.Id);
        Assert.NotEqual(c.StoryOf("b1")!.Id, c.StoryOf("o1")!.Id);
        Assert.Equal(split.StoryId, c.StoryOf("b1")!.Id);
        Assert.Equal(["o1", "o2"], split.MovedArticleIds);
    }

    // A shared sign-off gives the index a common term, so every article finds the one story as a candidate.
    private static ClusterInput WithSignOff(ClusterInput input) => input with { Text = input.Text + " Reporting by the newsroom desk." };

    [Fact]
    public void Add_BeyondLiveCap_RetiresOldestAndRevivesOnMatch()
    {
        var c = new StoryClusterer(new StoryClustererOptions { MaxLiveStories = 1 });
        var bridge = c.Add(Texts.Bridge("a1"));
        c.Add(Texts.Otters("a2"));
        Assert.Equal(1, c.LiveCount);
        Assert.Equal(1, c.RetiredCount);
        Assert.Contains(c.Decisions, d => d.Kind == ClusterDecisionKind.Retire && d.StoryId == bridge);
        Assert.False(c.StoryOf("a1")!.Live);

        Assert.Equal(bridge, c.Add(Texts.BridgeFollowUp("a3")));
        Assert.Equal(ClusterDecisionKind.Revive, c.Decisions.Last(d => d.ArticleId == "a3").Kind);
        Assert.True(c.StoryOf("a1")!.Live);
    }

    [Fact]
    public void AddBatch_ManyStories_LiveCapHoldsAfterRefinement()
    {
        var c = new StoryClusterer(new StoryClustererOptions { MaxLiveStories = 2 });
        c.AddBatch([Texts.Bridge("b1"), Texts.Otters("o1"), Texts.Election("e1"), Texts.BridgeFollowUp("b2"), Texts.OttersFollowUp("o2")]);
        Assert.True(c.LiveCount <= 2);
        Assert.Equal(5, c.GetStories().Sum(s => s.ArticleIds.Count));
    }

    [Fact]
    public void Add_BeyondRetiredCap_ForgetsOldest()
    {
        var c = new StoryClusterer(new StoryClustererOptions { MaxLiveStories = 1, MaxRetiredStories = 1 });
        c.Add(Texts.Bridge("a1"));
        c.Add(Texts.Otters("a2"));
        c.Add(Texts.Election("a3"));
        Assert.Null(c.StoryOf("a1"));
        Assert.Equal(1, c.RetiredCount);
    }

    [Fact]
    public void GetStories_TitleIsCleanedCentralHeadlineAndDatesSpanMembers()
    {
        var c = new StoryClusterer();
        c.Add(Texts.Bridge("a1", Day, "BREAKING: Footbridge collapses in Port Alcena | Meridian Wire"));
        c.Add(Texts.BridgeFollowUp("a2", Day.AddDays(2)) with { Title = null });
        var story = Assert.Single(c.GetStories());
        Assert.Equal("Footbridge collapses in Port Alcena", story.Title);
        Assert.Equal(Day, story.First);
        Assert.Equal(Day.AddDays(2), story.Last);
        Assert.Equal(["a1", "a2"], story.ArticleIds);
    }

    [Fact]
    public void GetStories_TitleFollowsTheMostRecentCentralHeadline()
    {
        var c = new StoryClusterer();
        c.Add(Texts.Bridge("a1", Day));
        c.Add(Texts.BridgeFollowUp("a2", Day.AddDays(2)));
        Assert.Equal("Injured count rises after Port Alcena footbridge collapse", Assert.Single(c.GetStories()).Title);

        // Dates decide, not the order of arrival: an older report added later does not take the title back.
        var late = new StoryClusterer();
        late.Add(Texts.BridgeFollowUp("a2", Day.AddDays(2)));
        late.Add(Texts.Bridge("a1", Day));
        Assert.Equal("Injured count rises after Port Alcena footbridge collapse", Assert.Single(late.GetStories()).Title);
    }

    [Fact]
    public void Add_SameEntitiesPresent_RaiseScoreAboveTextAlone()
    {
        var text = "Officials met on Tuesday to discuss the plan and said talks would continue next week after a long session.";
        var plain = new StoryClusterer();
        plain.Add(new ClusterInput("a1", null, text + " Venezuela"));
        plain.Add(new ClusterInput("a2", null, text + " Caracas"));
        var withEntities = new StoryClusterer();
        withEntities.Add(new ClusterInput("a1", null, text + " Venezuela", null, ["PERSON:Nicolás Maduro"]));
        withEntities.Add(new ClusterInput("a2", null, text + " Caracas", null, ["PERSON:Nicolas Maduro's"]));
        Assert.Equal(ClusterDecisionKind.Join, plain.Decisions[^1].Kind);
        Assert.Equal(ClusterDecisionKind.Join, withEntities.Decisions[^1].Kind);
        Assert.True(withEntities.Decisions[^1].Score > plain.Decisions[^1].Score);
    }
}
