using Triangulate.Core.Living;
using Triangulate.Core.Model;
using Triangulate.Core.Storage;

namespace Triangulate.Storage.Tests.Contract;

/// <summary>
/// What every <see cref="IStoryStore"/> must do with the living story state: every table of the v3 (SQLite) /
/// v2 (PostgreSQL) migration is written through <see cref="IStoryWriteSession.CommitAsync"/> and read back.
/// A store's test class derives from this and says how to make an empty store.
/// </summary>
public abstract partial class StoryStoreContractTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Day = new(2025, 10, 17, 9, 0, 0, TimeSpan.Zero);
    private IArticleStore? _store;

    protected IArticleStore Articles => _store ?? throw new InvalidOperationException("store not created");

    protected IStoryStore Stories => (IStoryStore)Articles;

    protected abstract Task<IArticleStore> CreateStoreAsync();

    protected virtual Task CleanUpAsync() => Task.CompletedTask;

    public virtual async Task InitializeAsync() => _store = await CreateStoreAsync();

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        await CleanUpAsync();
    }

    private static StoryStateRecord State(string id, int number, int articles, byte[]? state = null, bool live = true, DateTimeOffset? last = null) => new()
    {
        Id = id,
        Number = number,
        BornSeq = number,
        Title = "Story " + id,
        First = Day,
        Last = last ?? Day.AddDays(1),
        Articles = articles,
        Live = live,
        LastActive = number * 10,
        State = state ?? [1, 2, 3, (byte)number],
    };

    /// <summary>Two articles in story s-a (one lineage), one in s-b.</summary>
    private async Task<Article[]> SeedAsync()
    {
        var articles = TestArticles.Series("seed", 3, Day);
        var commit = new StoryCommit { At = Day };
        commit.Articles.AddRange(articles);
        for (var i = 0; i < articles.Length; i++)
        {
            commit.Annotations.Add(new AnnotationRecord(articles[i].Id, "v1", [(byte)i, 7]));
            commit.Lineage.Add(new LineageRecord(articles[i].Id, i < 2 ? "L-a" : "L-b", 1000 + i, articles[i].Metadata.Published, "[]", i + 1));
            commit.Members.Add(new MembershipRecord(articles[i].Id, i < 2 ? "s-a" : "s-b", i + 1));
        }

        commit.Stories.Add(State("s-a", 1, 2));
        commit.Stories.Add(State("s-b", 2, 1));
        commit.Dirty.AddRange(["s-a", "s-b"]);
        commit.Events.Add(new StoryEventRecord(0, "s-a", StoryEventKinds.Born, Day, "born", "{\"articles\":2}"));
        commit.Events.Add(new StoryEventRecord(0, "s-b", StoryEventKinds.Born, Day.AddMinutes(1), "born", null));
        commit.NewTerms.AddRange(["bridge", "harbour"]);
        commit.State["counters"] = [9, 9];
        await using var session = await Stories.BeginWriteAsync();
        await session.CommitAsync(commit);
        return articles;
    }

    [StoreFact]
    public async Task Commit_EveryPart_ReadsBackInTheSession()
    {
        var articles = await SeedAsync();

        await using var session = await Stories.BeginWriteAsync();
        var ids = articles.Select(a => a.Id).ToList();
        Assert.Equal(ids.ToHashSet(), await session.FindStoredAsync([.. ids, "a-missing"]));
        Assert.Equal([0, 7], (await session.GetAnnotationsAsync([ids[0]])).Single().Data);
        Assert.Equal("v1", (await session.GetAnnotationsAsync([ids[0]])).Single().Version);
        Assert.Equal(ids[1], (await session.GetArticlesAsync([ids[1]])).Single().Id);
        Assert.Equal("L-a", (await session.GetLineageRowsAsync([ids[1]])).Single().LineageId);
        Assert.Equal([ids[0], ids[1]], (await session.GetLineageAsync("L-a", 10)).Select(l => l.ArticleId));
        Assert.Equal("L-b", (await session.FindContentAsync([1002L, 5L]))[1002L]);
        Assert.Equal([ids[0], ids[1]], await session.StoryArticleIdsAsync("s-a", 10));
        Assert.Equal([ids[1]], await session.StoryArticleIdsAsync("s-a", 1));
        Assert.Equal([9, 9], await session.GetStateAsync("counters"));
        Assert.Null(await session.GetStateAsync("absent"));
        Assert.Equal(["bridge", "harbour"], await session.TermsAsync(0));
        Assert.Equal(["harbour"], await session.TermsAsync(1));
        var state = (await session.GetStoryStatesAsync(["s-a", "nope"])).Single();
        Assert.Equal((1, 2, true), (state.Number, state.Articles, state.Live));
        Assert.Equal([1, 2, 3, 1], state.State);
        Assert.Equal(["s-b", "s-a"], (await session.LiveStoryStatesAsync(10)).Select(s => s.Id));
        Assert.Equal([ids[2]], (await session.MembersAfterAsync(2, 10)).Select(m => m.ArticleId));
        Assert.Equal(["s-a", "s-b"], (await session.DirtyStoriesAsync(10)).Select(d => d.Id).Order());
    }

    [StoreFact]
    public async Task Session_DisposedWithoutCommit_RollsEverythingBack()
    {
        var article = TestArticles.Make("rolled back", "Nothing of this stays.");
        await using (var session = await Stories.BeginWriteAsync())
        {
            Assert.Empty(await session.FindStoredAsync([article.Id]));
        }

        Assert.Equal(0, await Articles.CountAsync());
        Assert.Equal(0, (await Stories.ListStoriesAsync(new StoryListQuery())).Total);
    }

    [StoreFact]
    public async Task GetStory_ByIdAndList_ShowHeadlineFactsAndLastEvent()
    {
        await SeedAsync();

        var story = await Stories.GetStoryAsync("s-a");
        var page = await Stories.ListStoriesAsync(new StoryListQuery { Sort = "size" });

        Assert.NotNull(story);
        Assert.Equal(("Story s-a", 2, true), (story.Title, story.Articles, story.Pending));
        Assert.Equal(StoryEventKinds.Born, story.LastEventKind);
        Assert.Null(story.SectionsJson);
        Assert.Equal(2, page.Total);
        Assert.Equal(["s-a", "s-b"], page.Items.Select(s => s.Id));
        Assert.Null(await Stories.GetStoryAsync("s-none"));
    }

    [StoreFact]
    public async Task Merge_ReassignsMembersDeletesRowAndAliasResolves()
    {
        var articles = await SeedAsync();
        await using (var session = await Stories.BeginWriteAsync())
        {
            var merge = new StoryCommit { At = Day.AddDays(2) };
            merge.Reassignments.Add(new StoryReassignment("s-b", "s-a"));
            merge.Stories.Add(State("s-a", 1, 3));
            merge.DeletedStories.Add("s-b");
            merge.Aliases.Add(new StoryAliasRecord("s-b", "s-a"));
            merge.Events.Add(new StoryEventRecord(0, "s-a", StoryEventKinds.Merged, Day.AddDays(2), "merged s-b", "{\"from\":\"s-b\"}"));
            await session.CommitAsync(merge);
        }

        var viaAlias = await Stories.GetStoryAsync("s-b");
        Assert.Equal("s-a", viaAlias?.Id);
        Assert.Equal(3, (await Stories.StoryArticleIdsAsync("s-a", 10)).Count);
        Assert.Equal(1, (await Stories.ListStoriesAsync(new StoryListQuery())).Total);
        Assert.True((await Stories.CheckAsync()).Holds);

        // A later merge of s-a into s-c re-points the older alias, so s-b still resolves.
        await using (var session = await Stories.BeginWriteAsync())
        {
            var again = new StoryCommit { At = Day.AddDays(3) };
            again.Reassignments.Add(new StoryReassignment("s-a", "s-c"));
            again.Stories.Add(State("s-c", 3, 3));
            again.DeletedStories.Add("s-a");
            again.Aliases.Add(new StoryAliasRecord("s-a", "s-c"));
            await session.CommitAsync(again);
        }

        Assert.Equal("s-c", (await Stories.GetStoryAsync("s-b"))?.Id);
        Assert.Equal(articles.Select(a => a.Id).Order(), (await Stories.StoryArticleIdsAsync("s-c", 10)).Order());
        Assert.True((await Stories.CheckAsync()).Holds);
    }
}
