using NATS.Client.JetStream;
using Triangulate.Cluster.Hosting;
using Triangulate.Cluster.Log;
using Triangulate.Cluster.Schema;
using Triangulate.Cluster.Sources;
using Triangulate.Cluster.Status;
using Xunit.Abstractions;

namespace Triangulate.ScaleOut.Tests;

/// <summary>Source grains on two TestingHost silos (membership and reminders in PostgreSQL): a watched feed's items
/// reach the ingest log, a later item arrives through a reminder tick (nobody calls the grain again), and
/// <c>cluster status</c>'s reader lists each source on a silo with its health.</summary>
public sealed class SourceGrainTests(ITestOutputHelper output)
{
    [ScaleOutFact]
    public async Task AWatchedFeedReachesTheLogOnItsReminderAndStatusListsItOnASiloWithItsHealth()
    {
        var schema = "src_" + Guid.NewGuid().ToString("N")[..10];
        using var nats = await NatsServer.StartAsync();
        using var site = FeedServer.Start();
        site.Add("1", "Harbour crane collapses in Testport", "A harbour crane collapsed in Testport on Monday, the port authority said. Nobody was hurt.");
        var settings = new ClusterSettings
        {
            Postgres = ScaleOutFactAttribute.Postgres,
            NatsUrl = nats.Url,
            Schema = schema,
            ClusterId = schema,
            Stream = schema.ToUpperInvariant(),
            ConsumeLog = false,
            SourceInterval = TimeSpan.FromSeconds(2),
            MinimumReminderPeriod = TimeSpan.FromSeconds(1),
            AllowedHosts = ["127.0.0.1"],
            Parallelism = 1,
        };
        await ClusteringSchema.ApplyAsync(settings.Postgres);
        var cluster = TestSilos.Build(settings, 2);
        await cluster.DeployAsync();
        try
        {
            var missing = new Uri(site.Address, "gone.xml").AbsoluteUri;
            // What 'cluster watch' does, through the test cluster's client (TestingHost silos run under their own
            // service id, so the CLI's client, built for 'serve --cluster' silos, does not reach them).
            var watched = await ClusterStatusReader.WatchAsync(cluster.Client, [site.FeedUrl, missing]);
            Assert.Equal(1, watched[0].Appended);
            Assert.NotNull(watched[0].LastSuccessAt);
            Assert.Equal(1, watched[1].ConsecutiveFailures);

            await using var log = await IngestLog.OpenAsync(nats.Url, settings.Stream);
            await log.ConsumerAsync(); // the silos' consumer (this test's silos take nothing), which LagAsync reads
            Assert.Equal(1, (await log.LagAsync()).Messages);

            // Only the reminder polls again: the second item must come from a tick.
            site.Add("2", "Testport crane inquiry opens", "An inquiry into the crane collapse in Testport opened on Tuesday, the port authority said.");
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while ((await log.LagAsync()).Messages < 2)
            {
                Assert.True(DateTime.UtcNow < deadline, $"the reminder did not poll again within 30 s ({site.FeedRequests} feed requests)");
                await Task.Delay(250);
            }

            // The reminder is a row of the ADO.NET provider's table in PostgreSQL (schema orleans).
            Assert.Equal(1, await Sql.CountAsync(settings.Postgres, $"SELECT count(*) FROM orleans.OrleansRemindersTable WHERE GrainId = 'source/{site.FeedUrl}'"));
            var titles = await TitlesAsync(log);
            Assert.Equal(["Harbour crane collapses in Testport", "Testport crane inquiry opens"], titles.Order(StringComparer.Ordinal));

            var urls = await ClusterStatusReader.SourceUrlsAsync(settings.Postgres, schema);
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
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
            await Sql.ExecuteAsync(settings.Postgres, $"DELETE FROM orleans.OrleansRemindersTable WHERE GrainId LIKE 'source/{site.Address.AbsoluteUri}%'");
            await Sql.ExecuteAsync(settings.Postgres, $"DROP SCHEMA IF EXISTS {schema} CASCADE");
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
