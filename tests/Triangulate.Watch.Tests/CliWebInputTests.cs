using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Triangulate.Ingest.Web;
using Triangulate.Server;
using Triangulate.Storage.Sqlite;
using Triangulate.Watch.Tests.Support;

namespace Triangulate.Watch.Tests;

/// <summary>Web inputs through the real program (ingest, analyze, show --revisions) and the watcher inside serve.</summary>
public sealed class CliWebInputTests
{
    [Fact]
    public async Task Ingest_FeedAndSitemapUrls_StoresEachArticleOnce()
    {
        await using var site = await FakeNewsSite.StartAsync(TimeProvider.System, NewsSchedule.AllPublished(DateTimeOffset.UtcNow, 5));
        site.CrawlDelay = 0;
        using var folder = new TempFolder();
        var db = folder.File("news.db");

        var run = await CliProcess.RunAsync("ingest", site.Url("/feed.xml"), site.Url("/news-sitemap.xml"), "--db", db, "--allow-host", "127.0.0.1", "--min-delay", "10ms", "--quiet");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("5 new", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(site.Requests, r => r.Path.StartsWith("/private/", StringComparison.Ordinal));
        Assert.All(site.Requests, r => Assert.StartsWith(UrlFetchOptions.DefaultUserAgent, r.UserAgent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Analyze_LoopbackUrlWithoutAllowHost_RefusedWithTri1101()
    {
        await using var site = await FakeNewsSite.StartAsync(TimeProvider.System, NewsSchedule.AllPublished(DateTimeOffset.UtcNow, 2));
        using var folder = new TempFolder();

        var run = await CliProcess.RunAsync("analyze", site.Url("/feed.xml"), "--out", folder.File("out"), "--quiet");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("TRI1101", run.Output, StringComparison.Ordinal);
        Assert.Contains("not public", run.Output, StringComparison.Ordinal);
        Assert.Empty(site.Requests);
    }

    [Fact]
    public async Task ShowRevisionsAndChanges_EditedArticle_PrintTheChangedSentenceAndTheFigureUpdate()
    {
        var start = DateTimeOffset.UtcNow.AddHours(-1);
        var edit = new ArticleEdit(DateTimeOffset.UtcNow.AddSeconds(5), Listed: true, Headline: false);
        await using var site = await FakeNewsSite.StartAsync(TimeProvider.System, new NewsSchedule([new ScheduledArticle(1, start, "rss", [edit], null)]));
        site.CrawlDelay = 0;
        using var folder = new TempFolder();
        var sources = folder.File("outlets.txt");
        await File.WriteAllTextAsync(sources, site.Url("/news-sitemap.xml") + "\n");
        var db = folder.File("news.db");
        Assert.Equal(0, (await CliProcess.RunAsync(CliProcess.WatchOnce(sources, db))).ExitCode);
        while (DateTimeOffset.UtcNow <= edit.At)
        {
            await Task.Delay(200);
        }

        Assert.Equal(0, (await CliProcess.RunAsync(CliProcess.WatchOnce(sources, db))).ExitCode);
        string id;
        await using (var state = await SqliteWatchStore.OpenAsync(db))
        {
            id = (await state.RevisionsAsync(site.ArticleUrl(1)))[0].ArticleId;
        }

        var show = await CliProcess.RunAsync("show", id, "--revisions", "--db", db);

        Assert.True(show.ExitCode == 0, show.Output);
        Assert.Contains("r2", show.Output, StringComparison.Ordinal);
        Assert.Contains("[figure]", show.Output, StringComparison.Ordinal);
        Assert.Contains("- Officials said 4 people were injured", show.Output, StringComparison.Ordinal);
        Assert.Contains("+ Officials said 6 people were injured", show.Output, StringComparison.Ordinal);

        // The edit updates the story's figure by the same outlet: 'changes' lists it with both revisions' evidence.
        var changes = await CliProcess.RunAsync("changes", "--db", db, "--json");
        Assert.True(changes.ExitCode == 0, changes.Output);
        var update = Assert.Single(JsonNode.Parse(changes.Output)!.AsArray(), e => (string)e!["kind"]! == "figure-updated" && (string?)e["evidence"]?["source"] == "revision")!;
        Assert.Contains("4 → 6", (string)update["summary"]!, StringComparison.Ordinal);
        Assert.Contains("4 → 6", changes.Output, StringComparison.Ordinal); // printed as written, not as \u2192
        Assert.Equal("4 people", (string)update["evidence"]!["before"]!["text"]!);
        Assert.Equal("6 people", (string)update["evidence"]!["after"]!["text"]!);
        Assert.NotEqual((string)update["evidence"]!["before"]!["articleId"]!, (string)update["evidence"]!["after"]!["articleId"]!);
    }

    [Fact]
    public async Task Serve_WithWatchSources_WatcherStoresArticles()
    {
        await using var site = await FakeNewsSite.StartAsync(TimeProvider.System, NewsSchedule.AllPublished(DateTimeOffset.UtcNow, 3));
        site.CrawlDelay = 0;
        using var folder = new TempFolder();
        var db = folder.File("served.db");
        var options = new ServerOptions
        {
            Db = db,
            Urls = ["http://127.0.0.1:0"],
            WatchSources = [site.Url("/feed.xml")],
            Fetch = WatchHarness.LoopbackFetch(TimeSpan.FromSeconds(10)),
            Politeness = new PolitenessOptions { MinHostDelay = TimeSpan.FromMilliseconds(10) },
        };
        await using var app = await TriangulateServer.CreateAsync(options);
        await app.StartAsync();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        long count = 0;
        while (DateTime.UtcNow < deadline && count < 3)
        {
            await Task.Delay(200);
            await using var store = await SqliteArticleStore.OpenAsync(db);
            count = await store.CountAsync();
        }

        await app.StopAsync();
        Assert.Equal(3, count);
    }
}
