using Triangulate.Core.Dossier;
using Triangulate.Core.Storage;

namespace Triangulate.Storage.Tests.Contract;

/// <summary>What every <see cref="IWatchStore"/> must do: sources with health and validators, followed pages with
/// their other addresses, robots.txt, and append-only revisions. Each test gets a new, empty store.</summary>
public abstract class WatchStoreContractTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private IWatchStore? _store;

    protected IWatchStore Store => _store ?? throw new InvalidOperationException("store not created");

    protected abstract Task<IWatchStore> CreateStoreAsync();

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

    [StoreFact]
    public async Task AddSourceAsync_SameAddressTwice_OneSourceDueNow()
    {
        var first = await Store.AddSourceAsync("https://news.example/feed.xml", T0);
        var again = await Store.AddSourceAsync("https://news.example/feed.xml", T0.AddHours(1));

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(T0, again.AddedAt);
        Assert.Single(await Store.ListSourcesAsync());
        Assert.Single(await Store.DueSourcesAsync(T0, 10));
        Assert.Empty(await Store.DueSourcesAsync(T0.AddSeconds(-1), 10));
    }

    [StoreFact]
    public async Task RemoveSourceAsync_RemovesOnlyThatSource_FalseWhenUnknown()
    {
        await Store.AddSourceAsync("https://news.example/feed.xml", T0);
        await Store.AddSourceAsync("https://news.example/sitemap.xml", T0);

        Assert.True(await Store.RemoveSourceAsync("https://news.example/feed.xml"));
        Assert.False(await Store.RemoveSourceAsync("https://news.example/feed.xml"));
        Assert.False(await Store.RemoveSourceAsync("https://news.example/other.xml"));
        Assert.Equal(["https://news.example/sitemap.xml"], (await Store.ListSourcesAsync()).Select(s => s.Url));
        Assert.Single(await Store.DueSourcesAsync(T0, 10));
    }

    [StoreFact]
    public async Task SaveSourceAsync_HealthAndValidators_RoundTrip()
    {
        var source = await Store.AddSourceAsync("https://news.example/feed.xml", T0);
        var saved = source with
        {
            Kind = "feed",
            ETag = "\"v1\"",
            LastModified = T0.AddMinutes(-3),
            NextPollAt = T0.AddMinutes(5),
            Health = new SourceHealth
            {
                LastPolledAt = T0,
                LastSuccessAt = T0,
                LastErrorAt = T0.AddMinutes(-10),
                LastError = "the server answered 500",
                ConsecutiveFailures = 0,
                Fetches = 4,
                NotModified = 2,
                ItemsSeen = 17,
                TotalLatencyMs = 400,
            },
        };

        await Store.SaveSourceAsync(saved);
        var back = Assert.Single(await Store.ListSourcesAsync());

        Assert.Equal(saved, back);
        Assert.Equal(100, back.Health.AverageLatencyMs);
        Assert.Empty(await Store.DueSourcesAsync(T0.AddMinutes(4), 10));
        Assert.Single(await Store.DueSourcesAsync(T0.AddMinutes(5), 10));
    }

    [StoreFact]
    public async Task DueSourcesAsync_MostOverdueFirst_Limited()
    {
        foreach (var (url, due) in new[] { ("https://a.example/", 3), ("https://b.example/", 1), ("https://c.example/", 2) })
        {
            var s = await Store.AddSourceAsync(url, T0);
            await Store.SaveSourceAsync(s with { NextPollAt = T0.AddMinutes(due) });
        }

        var due2 = await Store.DueSourcesAsync(T0.AddMinutes(10), 2);

        Assert.Equal(["https://b.example/", "https://c.example/"], due2.Select(s => s.Url));
    }

    [StoreFact]
    public async Task FindPageAsync_ByCanonicalOrAlias_AndSaveReplaces()
    {
        var page = new WatchedPage("https://news.example/news/5", "https://news.example/news/5")
        {
            SourceId = 1,
            FirstSeenAt = T0,
            NextCheckAt = T0.AddMinutes(15),
            ETag = "\"e\"",
            BodyHash = "h1",
            ListedUpdated = T0.AddMinutes(-1),
        };
        await Store.SavePageAsync(page, ["https://news.example/amp/news/5", "https://news.example/news/5?x=1"]);

        Assert.Equal(page, await Store.FindPageAsync("https://news.example/news/5"));
        Assert.Equal(page, await Store.FindPageAsync("https://news.example/amp/news/5"));
        Assert.Null(await Store.FindPageAsync("https://news.example/news/6"));

        var checkedPage = page with { Checks = 1, LastCheckedAt = T0.AddMinutes(15), NextCheckAt = null, GoneAt = T0.AddMinutes(15), Origin = "feed" };
        await Store.SavePageAsync(checkedPage, []);
        Assert.Equal(checkedPage, await Store.FindPageAsync("https://news.example/news/5?x=1"));
        Assert.Equal(1, await Store.CountPagesAsync());
    }

    [StoreFact]
    public async Task DuePagesAsync_OnlyScheduledAndDue()
    {
        await Store.SavePageAsync(new WatchedPage("https://a.example/1", "https://a.example/1") { FirstSeenAt = T0, NextCheckAt = T0.AddMinutes(15) }, []);
        await Store.SavePageAsync(new WatchedPage("https://a.example/2", "https://a.example/2") { FirstSeenAt = T0, NextCheckAt = null }, []);
        await Store.SavePageAsync(new WatchedPage("https://a.example/3", "https://a.example/3") { FirstSeenAt = T0, NextCheckAt = T0.AddHours(1) }, []);

        Assert.Equal(["https://a.example/1"], (await Store.DuePagesAsync(T0.AddMinutes(20), 10)).Select(p => p.CanonicalUrl));
    }

    [StoreFact]
    public async Task Robots_SavedAndReplaced()
    {
        Assert.Null(await Store.GetRobotsAsync("https://news.example:443"));
        await Store.SaveRobotsAsync("https://news.example:443", "User-agent: *\nDisallow: /a\n", T0);
        await Store.SaveRobotsAsync("https://news.example:443", "User-agent: *\nDisallow: /b\n", T0.AddDays(1));

        var back = await Store.GetRobotsAsync("https://news.example:443");

        Assert.Equal(("User-agent: *\nDisallow: /b\n", T0.AddDays(1)), back);
    }

    [StoreFact]
    public async Task Revisions_AppendOnly_LatestAndByArticle()
    {
        const string url = "https://news.example/news/5";
        var first = new ArticleRevision(url, 1, "a-1", "h1", T0) { Title = "Crane fails" };
        var change = new RevisionChange("changed", new Evidence("a-1", 10, 9, "12 people"), new Evidence("a-2", 10, 9, "14 people")) { Aspects = ["figure"] };
        var title = new RevisionChange("title", new Evidence("a-1", 0, 0, "Crane fails"), new Evidence("a-2", 0, 0, "Crane fails, 14 hurt"));
        var second = new ArticleRevision(url, 2, "a-2", "h2", T0.AddHours(1)) { Title = "Crane fails, 14 hurt", Changes = [title, change] };

        Assert.True(await Store.AddRevisionAsync(first));
        Assert.True(await Store.AddRevisionAsync(second));
        Assert.False(await Store.AddRevisionAsync(second with { ArticleId = "a-3" }));

        var latest = await Store.LatestRevisionAsync(url);
        Assert.Equal(2, latest!.Number);
        Assert.Equal("a-2", latest.ArticleId);
        Assert.Equal(second.Changes.Select(c => (c.Op, c.Before, c.After)), latest.Changes.Select(c => (c.Op, c.Before, c.After)));
        Assert.Empty(latest.Changes[0].Aspects);
        Assert.Equal(["figure"], latest.Changes[1].Aspects);
        Assert.Equal([1, 2], (await Store.RevisionsOfArticleAsync("a-1")).Select(r => r.Number));
        Assert.Equal([1, 2], (await Store.RevisionsAsync(url)).Select(r => r.Number));
        Assert.Empty(await Store.RevisionsOfArticleAsync("a-9"));
        Assert.Null(await Store.LatestRevisionAsync("https://news.example/none"));
        Assert.Equal(2, await Store.CountRevisionsAsync());
    }
}
