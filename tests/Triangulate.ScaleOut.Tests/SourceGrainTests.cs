using NATS.Client.JetStream;
using Triangulate.Cluster.Log;
using Triangulate.Cluster.Sources;
using Triangulate.Cluster.Status;
using Xunit.Abstractions;

namespace Triangulate.ScaleOut.Tests;

/// <summary>Source grains on two TestingHost silos (membership and reminders in PostgreSQL): a watched feed's items
/// reach the ingest log, a later item arrives through a reminder tick (nobody calls the grain again),
/// <c>cluster status</c>'s reader lists each source on a silo with its health, <c>cluster unwatch</c> stops the
/// polling, and a source whose silo is killed goes on polling from the surviving one.</summary>
public sealed class SourceGrainTests(ITestOutputHelper output)
{
    private const string FirstTitle = "Harbour crane collapses in Testport";
    private const string SecondTitle = "Testport crane inquiry opens";

    [ScaleOutFact]
    public async Task AWatchedFeedReachesTheLogOnItsReminderStatusListsItOnASiloAndUnwatchStopsIt()
    {
        using var site = FeedServer.Start();
        AddFirstItem(site);
        await using var run = await InProcessCluster.PrepareSourcesAsync("src");
        var cluster = await run.DeployAsync(2);
        var missing = new Uri(site.Address, "gone.xml").AbsoluteUri;
        // What 'cluster watch' does, through the test cluster's client (TestingHost silos run under their own
        // service id, so the CLI's client, built for 'serve --cluster' silos, does not reach them).
        var watched = await ClusterStatusReader.WatchAsync(cluster.Client, [site.FeedUrl, missing]);
        Assert.Equal(1, watched[0].Appended);
        Assert.NotNull(watched[0].LastSuccessAt);
        Assert.Equal(1, watched[1].ConsecutiveFailures);

        await using var log = await IngestLog.OpenAsync(run.Nats.Url, run.Settings.Stream);
        await log.ConsumerAsync(); // the silos' consumer (this test's silos take nothing), which LagAsync reads
        Assert.Equal(1, (await log.LagAsync()).Messages);

        // Only the reminder polls again: the second item must come from a tick.
        AddSecondItem(site);
        await WaitForMessagesAsync(log, 2, site);

        // The reminder is a row of the ADO.NET provider's table in PostgreSQL (schema orleans).
        Assert.Equal(1, await RemindersAsync(run, site.FeedUrl));
        Assert.Equal([FirstTitle, SecondTitle], (await TitlesAsync(log)).Order(StringComparer.Ordinal));

        var urls = await ClusterStatusReader.SourceUrlsAsync(run.Settings.Postgres, run.Schema);
        Assert.Equal([site.FeedUrl, missing], urls);
        var sources = await ClusterStatusReader.StatusesAsync(cluster.Client, urls);
        var silos = cluster.Silos.Select(s => s.SiloAddress.ToString()).ToHashSet();
        var feed = Assert.Single(sources, s => s.Url == site.FeedUrl);
        var gone = Assert.Single(sources, s => s.Url == missing);
        output.WriteLine($"feed on {feed.Silo}: {feed.Fetches} fetches, {feed.ItemsSeen} items; gone on {gone.Silo}: {gone.ConsecutiveFailures} failures, {gone.LastError}");
        Assert.Contains(feed.Silo, silos);
        Assert.Contains(gone.Silo, silos);
        Assert.True(feed.Fetches >= 2, $"{feed.Fetches} fetches");
        Assert.Equal(2, feed.ItemsSeen);
        Assert.Equal(0, feed.ConsecutiveFailures);
        Assert.True(gone.ConsecutiveFailures >= 1);
        Assert.Contains("404", gone.LastError, StringComparison.Ordinal);

        // What 'cluster unwatch' does: both watched addresses were watched, a third never was.
        var unknown = new Uri(site.Address, "never-watched.xml").AbsoluteUri;
        Assert.Equal([true, true, false], await ClusterStatusReader.UnwatchAsync(cluster.Client, [site.FeedUrl, missing, unknown]));
        Assert.Equal(0, await RemindersAsync(run, site.FeedUrl));
        Assert.Equal(0, await RemindersAsync(run, missing));
        Assert.Empty(await ClusterStatusReader.SourceUrlsAsync(run.Settings.Postgres, run.Schema));
        // No tick polls it again: three reminder periods later the feed was not asked for once more.
        var requests = site.FeedRequests;
        await Task.Delay(run.Settings.SourceInterval * 3);
        Assert.Equal(requests, site.FeedRequests);
        Assert.Empty(await ClusterStatusReader.SourceUrlsAsync(run.Settings.Postgres, run.Schema));
        Assert.Equal([false], await ClusterStatusReader.UnwatchAsync(cluster.Client, [site.FeedUrl]));
    }

    [ScaleOutFact]
    public async Task KillingTheSiloThatPollsASourceMovesThePollingToASurvivingSilo()
    {
        using var site = FeedServer.Start();
        AddFirstItem(site);
        await using var run = await InProcessCluster.PrepareSourcesAsync("src");
        var cluster = await run.DeployAsync(2);
        var watched = Assert.Single(await ClusterStatusReader.WatchAsync(cluster.Client, [site.FeedUrl]));
        Assert.Equal(1, watched.Appended);
        await using var log = await IngestLog.OpenAsync(run.Nats.Url, run.Settings.Stream);
        await log.ConsumerAsync();

        // Hard kill (no graceful deactivation) of the silo that hosts the grain; only the reminder in PostgreSQL
        // can bring the source back, on the other silo.
        var host = Assert.Single(cluster.Silos, s => s.SiloAddress.ToString() == watched.Silo);
        var killed = DateTime.UtcNow;
        await cluster.KillSiloAsync(host);
        AddSecondItem(site);
        await WaitForMessagesAsync(log, 2, site, TimeSpan.FromSeconds(60));
        output.WriteLine($"killed {watched.Silo}; the second item reached the log {(DateTime.UtcNow - killed).TotalSeconds:F1} s later");
        foreach (var row in await ClusterStatusReader.SilosAsync(run.Settings.Postgres, run.Settings.ClusterId))
        {
            output.WriteLine($"membership: {row.Address}:{row.Port} gen {row.Generation} {row.Status}");
        }

        var moved = Assert.Single(await ClusterStatusReader.StatusesAsync(cluster.Client, [site.FeedUrl]));
        output.WriteLine($"source now on {moved.Silo}: {moved.Fetches} fetches, {moved.ItemsSeen} items seen, {moved.Appended} appended there");
        Assert.NotEqual(watched.Silo, moved.Silo);
        Assert.Equal(Assert.Single(cluster.Silos).SiloAddress.ToString(), moved.Silo);
        Assert.True(moved.Appended >= 1, "the surviving silo's activation appended nothing");
        Assert.Equal(2, moved.ItemsSeen);
        Assert.Equal([FirstTitle, SecondTitle], (await TitlesAsync(log)).Order(StringComparer.Ordinal));
    }

    private static void AddFirstItem(FeedServer site) =>
        site.Add("1", FirstTitle, "A harbour crane collapsed in Testport on Monday, the port authority said. Nobody was hurt.");

    private static void AddSecondItem(FeedServer site) =>
        site.Add("2", SecondTitle, "An inquiry into the crane collapse in Testport opened on Tuesday, the port authority said.");

    private static Task<long> RemindersAsync(InProcessCluster run, string url) =>
        Sql.CountAsync(run.Settings.Postgres, $"SELECT count(*) FROM orleans.OrleansRemindersTable WHERE GrainId = 'source/{url}'");

    private static async Task WaitForMessagesAsync(IngestLog log, long count, FeedServer site, TimeSpan? limit = null)
    {
        var wait = limit ?? TimeSpan.FromSeconds(30);
        var deadline = DateTime.UtcNow + wait;
        while ((await log.LagAsync()).Messages < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"the reminder did not poll again within {wait.TotalSeconds} s ({site.FeedRequests} feed requests)");
            await Task.Delay(250);
        }
    }

    /// <summary>The titles of every document in the log, read through a consumer of the test's own.</summary>
    private static async Task<List<string>> TitlesAsync(IngestLog log)
    {
        var consumer = await log.ConsumerAsync("test-reader");
        var titles = new List<string>();
        await foreach (var message in consumer.FetchAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = 10, Expires = TimeSpan.FromSeconds(2) }))
        {
            titles.Add(RawDocumentCodec.Decode(message.Data)!.Hints.Title!);
            await message.AckAsync();
        }

        return titles;
    }
}
