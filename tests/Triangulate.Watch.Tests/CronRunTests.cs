using Microsoft.Data.Sqlite;
using Triangulate.Storage.Sqlite;
using Triangulate.Watch.Tests.Support;

namespace Triangulate.Watch.Tests;

/// <summary>
/// The watcher as cron runs it: the real program, <c>watch FILE --once</c>, as a child process. A second run only
/// asks conditional questions; a run killed with SIGKILL half-way loses nothing and stores nothing twice.
/// </summary>
public sealed class CronRunTests
{
    [Fact]
    public async Task WatchOnce_Twice_SecondRunMakesOnlyConditionalRequests()
    {
        await using var site = await FakeNewsSite.StartAsync(TimeProvider.System, NewsSchedule.AllPublished(DateTimeOffset.UtcNow, 12));
        site.CrawlDelay = 0;
        using var folder = new TempFolder();
        var sources = folder.File("outlets.txt");
        await File.WriteAllTextAsync(sources, $"# the fake site\n{site.Url("/feed.xml")}\n{site.Url("/news-sitemap.xml")}\n");
        var db = folder.File("news.db");

        var first = await CliProcess.RunAsync(CliProcess.WatchOnce(sources, db));
        var afterFirst = site.Requests.Count;
        var second = await CliProcess.RunAsync(CliProcess.WatchOnce(sources, db));

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Contains("12 new", first.Output, StringComparison.Ordinal);
        await using (var state = await SqliteWatchStore.OpenAsync(db))
        {
            Assert.Equal(12, await state.CountRevisionsAsync());
        }

        var again = site.Requests.Skip(afterFirst).ToList();
        Assert.NotEmpty(again);
        Assert.All(again, r => Assert.True(r.Conditional && r.Status == 304, $"{r.PathAndQuery} conditional={r.Conditional} status={r.Status}"));
    }

    [Fact]
    public async Task WatchOnce_KilledMidPoll_RestartStoresEveryArticleExactlyOnce()
    {
        const int count = 24;
        await using var site = await FakeNewsSite.StartAsync(TimeProvider.System, NewsSchedule.AllPublished(DateTimeOffset.UtcNow, count));
        site.CrawlDelay = 0;
        site.PageDelay = TimeSpan.FromMilliseconds(150);
        using var folder = new TempFolder();
        var sources = folder.File("outlets.txt");
        await File.WriteAllTextAsync(sources, site.Url("/feed.xml") + "\n" + site.Url("/news-sitemap.xml") + "\n");
        var db = folder.File("news.db");

        using (var run = CliProcess.Start(CliProcess.WatchOnce(sources, db)))
        {
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (site.Requests.Count(r => r.Path.StartsWith("/news/", StringComparison.Ordinal) && r.Status == 200) < 8 && !run.HasExited && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            Assert.False(run.HasExited, "the run ended before it could be killed: " + await run.StandardError.ReadToEndAsync());
            run.Kill(entireProcessTree: true); // SIGKILL: no cleanup, no flush, mid-poll
            await run.WaitForExitAsync();
        }

        var killedAfter = site.Requests.Count(r => r.Path.StartsWith("/news/", StringComparison.Ordinal));
        Assert.InRange(killedAfter, 8, count * 2 - 1);
        var restart = await CliProcess.RunAsync(CliProcess.WatchOnce(sources, db));
        Assert.True(restart.ExitCode == 0, restart.Output);

        await using var state = await SqliteWatchStore.OpenAsync(db);
        await using var articles = await SqliteArticleStore.OpenAsync(db);
        for (var n = 1; n <= count; n++)
        {
            var revisions = await state.RevisionsAsync(site.ArticleUrl(n));
            Assert.True(revisions.Count == 1, $"article {n}: {revisions.Count} revisions after the restart");
        }

        Assert.Equal(count, await articles.CountAsync());
        Assert.Equal(count, await state.CountPagesAsync());
        Assert.Equal("ok", IntegrityCheck(db));
    }

    private static string IntegrityCheck(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }
}
