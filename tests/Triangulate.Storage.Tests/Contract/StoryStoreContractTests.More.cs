using Triangulate.Core.Living;

namespace Triangulate.Storage.Tests.Contract;

// Events, sections and facets, candidates, pending work, invariants, the write lock.
public abstract partial class StoryStoreContractTests
{
    [StoreFact]
    public async Task Events_ListedAfterSeqSinceAndByStory_InCommitOrder()
    {
        await SeedAsync();

        var all = await Stories.ListEventsAsync(new StoryEventQuery());
        var after = await Stories.ListEventsAsync(new StoryEventQuery { AfterSeq = all[0].Seq });
        var since = await Stories.ListEventsAsync(new StoryEventQuery { Since = Day.AddSeconds(30) });
        var ofB = await Stories.ListEventsAsync(new StoryEventQuery { StoryId = "s-b" });

        Assert.Equal(["s-a", "s-b"], all.Select(e => e.StoryId));
        Assert.True(all[1].Seq > all[0].Seq);
        Assert.Equal("{\"articles\":2}", all[0].DataJson);
        Assert.Equal(Day, all[0].At);
        Assert.Equal(["s-b"], after.Select(e => e.StoryId));
        Assert.Equal(["s-b"], since.Select(e => e.StoryId));
        Assert.Equal(["s-b"], ofB.Select(e => e.StoryId));
    }

    [StoreFact]
    public async Task Sections_StoredClearDirtyAndFacetsFilterTheList()
    {
        await SeedAsync();
        await using (var session = await Stories.BeginWriteAsync())
        {
            var commit = new StoryCommit { At = Day.AddHours(1) };
            commit.Sections.Add(new SectionsUpdate("s-a", "{\"id\":\"s-a\"}", "sec1", 2, 2, "{\"outlets\":[\"Alcena Courier\"]}",
                [new StoryFacet(StoryFacet.Outlet, "alcena courier"), new StoryFacet(StoryFacet.Entity, "jose nunez")]));
            await session.CommitAsync(commit);
        }

        var story = await Stories.GetStoryAsync("s-a");
        Assert.Equal(("{\"id\":\"s-a\"}", 2, false), (story?.SectionsJson, story?.Sources, story?.Pending));
        Assert.Equal(["s-a"], (await Stories.ListStoriesAsync(new StoryListQuery { Outlet = "Alcena" })).Items.Select(s => s.Id));
        Assert.Equal(["s-a"], (await Stories.ListStoriesAsync(new StoryListQuery { Entity = "JOSE NUNEZ" })).Items.Select(s => s.Id));
        Assert.Empty((await Stories.ListStoriesAsync(new StoryListQuery { Entity = "nunez" })).Items);
        await using var check = await Stories.BeginWriteAsync();
        Assert.Equal(["s-b"], (await check.DirtyStoriesAsync(10)).Select(d => d.Id));
        Assert.Equal("sec1", (await check.GetSectionsAsync("s-a"))?.Version);
        Assert.Equal(["s-b"], await check.StaleSectionsAsync("sec1", 10));
    }

    [StoreFact]
    public async Task Candidates_SumWeightsOverTermsAndCapEachPosting()
    {
        await using (var session = await Stories.BeginWriteAsync())
        {
            var commit = new StoryCommit { At = Day };
            commit.Stories.AddRange([State("s-1", 1, 1, live: false), State("s-2", 2, 1, live: false), State("s-3", 3, 1, live: false)]);
            commit.Postings.Add(new StoryPostings("s-1", [new TermWeight(1, 0.9f), new TermWeight(2, 0.1f)]));
            commit.Postings.Add(new StoryPostings("s-2", [new TermWeight(1, 0.5f), new TermWeight(3, 0.8f)]));
            commit.Postings.Add(new StoryPostings("s-3", [new TermWeight(1, 0.2f)]));
            await session.CommitAsync(commit);
        }

        await using var read = await Stories.BeginWriteAsync();
        Assert.Equal(["s-2", "s-1", "s-3"], await read.FindStoryCandidatesAsync([new TermWeight(1, 1f), new TermWeight(3, 1f)], perTerm: 10, max: 10));
        Assert.Equal(["s-1", "s-2"], await read.FindStoryCandidatesAsync([new TermWeight(1, 1f)], perTerm: 2, max: 10));
        Assert.Equal(["s-2"], await read.FindStoryCandidatesAsync([new TermWeight(1, 1f), new TermWeight(3, 1f)], perTerm: 10, max: 1));
        Assert.Empty(await read.FindStoryCandidatesAsync([], 10, 10));
    }

    [StoreFact]
    public async Task PendingWork_StaleAnnotationsUnassignedQuietAndLineageWindow()
    {
        var seeded = await SeedAsync();
        var loose = TestArticles.Make("loose", "Stored by the extract-only path.", Day.AddDays(9));
        await Articles.AddAsync([loose]);

        await using var session = await Stories.BeginWriteAsync();
        Assert.Equal(seeded.Select(a => a.Id).Append(loose.Id).Order(StringComparer.Ordinal), await session.StaleAnnotationsAsync("v2", "", 10));
        Assert.Equal([loose.Id], await session.StaleAnnotationsAsync("v1", "", 10));
        Assert.Equal([loose.Id], await session.UnassignedArticlesAsync("", 10));
        Assert.Equal(["s-a", "s-b"], (await session.QuietCandidatesAsync(Day.AddDays(30), 10)).Order());
        Assert.Empty(await session.QuietCandidatesAsync(Day, 10));
        var window = await session.LineageWindowAsync(Day.AddDays(1), undated: 5, limit: 10);
        Assert.Equal([seeded[1].Id, seeded[2].Id], window.Select(l => l.ArticleId));
        var health = await Stories.CheckAsync();
        Assert.Equal((4L, 3L, 1L, 2L), (health.Articles, health.Annotated, health.Unprocessed, health.DirtyStories));
        Assert.True(health.Holds);
    }

    [StoreFact]
    public async Task Check_FindsEmptyStoryCountMismatchDanglingAliasAndArticleWithoutStory()
    {
        var seeded = await SeedAsync();
        await using (var session = await Stories.BeginWriteAsync())
        {
            var broken = new StoryCommit { At = Day };
            broken.Stories.Add(State("s-empty", 5, 0));
            broken.Stories.Add(State("s-a", 1, 5));
            broken.Aliases.Add(new StoryAliasRecord("s-old", "s-gone"));
            broken.Annotations.Add(new AnnotationRecord("a-orphan", "v1", [1]));
            await session.CommitAsync(broken);
        }

        var health = await Stories.CheckAsync();

        Assert.False(health.Holds);
        Assert.Equal((1L, 1L, 1L, 1L, 1L), (health.EmptyStories, health.CountMismatches, health.DanglingAliases, health.AnnotatedWithoutStory, health.AnnotatedWithoutLineage));
        Assert.Equal(3, seeded.Length);
    }

    [StoreFact]
    public async Task WriteSession_SecondWriterWaitsForTheFirstToCommit()
    {
        var first = await Stories.BeginWriteAsync();
        var second = Task.Run(() => Stories.BeginWriteAsync());
        await Task.Delay(300);
        Assert.False(second.IsCompleted);

        var commit = new StoryCommit { At = Day };
        commit.State["who"] = [1];
        await first.CommitAsync(commit);
        await first.DisposeAsync();
        await using var session = await second.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal([1], await session.GetStateAsync("who"));
    }

    [StoreFact]
    public async Task Readers_DuringAnOpenWrite_SeeTheLastCommit()
    {
        await SeedAsync();
        await using var session = await Stories.BeginWriteAsync();
        var commit = new StoryCommit { At = Day };
        commit.Stories.Add(State("s-new", 9, 1));
        commit.Members.Add(new MembershipRecord("a-x", "s-new", 99));

        var during = await Stories.ListStoriesAsync(new StoryListQuery()).WaitAsync(TimeSpan.FromSeconds(10));
        await session.CommitAsync(commit);
        var after = await Stories.ListStoriesAsync(new StoryListQuery());

        Assert.Equal(2, during.Total);
        Assert.Equal(3, after.Total);
    }
}
