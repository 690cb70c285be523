using Triangulate.Cluster.Log;
using Xunit.Abstractions;

namespace Triangulate.ScaleOut.Tests;

/// <summary>
/// Three <c>triangulate serve --cluster</c> processes over one PostgreSQL database and one nats-server. The CLI's
/// <c>verify</c> reads the default store schema ("triangulate"), so this test owns that schema of the test database
/// for its run (it drops it before and after).
/// </summary>
public sealed class RealProcessClusterTests(ITestOutputHelper output)
{
    /// <summary>ECB+ documents in stream order: enough for a kill half-way to land mid-ingest, small enough for CI.</summary>
    private const int Documents = 240;

    /// <summary>Was skipped while verify found one empty story in 2 of 5 runs: a story whose only article moved into a
    /// story born in the same batch was left behind (fixed in DecisionChanges, covered by RetireChainTests); passes
    /// since.</summary>
    [ScaleOutFact(sharedData: "data/stories/ecbplus.jsonl")]
    public async Task ASiloKilledHalfWayAndRestartedLosesAndDuplicatesNothing()
    {
        var postgres = ScaleOutFactAttribute.Postgres;
        var clusterId = "realproc-" + Guid.NewGuid().ToString("N")[..8];
        var stream = "T_" + clusterId.Replace('-', '_').ToUpperInvariant();
        await PostgresSql.ExecuteAsync(postgres, "DROP SCHEMA IF EXISTS triangulate CASCADE");
        using var nats = await NatsServer.StartAsync();
        var ports = Enumerable.Range(0, 6).Select(_ => NatsServer.FreePort()).ToArray();
        var silos = new SiloProcess?[3];
        try
        {
            for (var i = 0; i < 3; i++)
            {
                silos[i] = await SiloProcess.StartAsync(postgres, nats.Url, clusterId, stream, ports[2 * i], ports[(2 * i) + 1]);
            }

            var documents = (await Streams.EcbPlusAsync()).Take(Documents).ToList();
            await using (var log = await IngestLog.OpenAsync(nats.Url, stream))
            {
                foreach (var document in documents)
                {
                    await log.AppendAsync(document);
                }
            }

            // kill -9 one silo once about a third of the articles are stored, then start it again (a new generation).
            await WaitUntilAsync(async () => await ArticlesAsync(postgres) >= Documents / 3, TimeSpan.FromMinutes(5), "a third of the articles stored");
            output.WriteLine($"killing silo 2 with {await ArticlesAsync(postgres)} articles stored");
            silos[1]!.KillHard();
            KeepLog(silos[1], "silo2-killed");
            silos[1]!.Dispose();
            silos[1] = await SiloProcess.StartAsync(postgres, nats.Url, clusterId, stream, ports[2], ports[3]);

            await using (var log = await IngestLog.OpenAsync(nats.Url, stream))
            {
                await WaitUntilAsync(async () => (await log.LagAsync()).Lag == 0, TimeSpan.FromMinutes(8), "the log drained");
                output.WriteLine($"log: {await log.LagAsync()}");
            }

            // Every document is one article, stored once (the primary key makes twice impossible; none is missing).
            Assert.Equal(Documents, await ArticlesAsync(postgres));
            Assert.Equal(Documents, await PostgresSql.CountAsync(postgres, "SELECT count(DISTINCT article_id) FROM triangulate.story_members"));

            var status = await Cli.RunAsync("cluster", "status", "--cluster", "postgres:" + postgres, "--nats", nats.Url, "--cluster-id", clusterId, "--stream", stream);
            output.WriteLine(status.Output);
            Assert.Equal(0, status.Exit);
            Assert.Contains("3 active silos", status.Output, StringComparison.Ordinal);
            Assert.Contains("lag 0", status.Output, StringComparison.Ordinal);
            Assert.Contains("StoryWriterGrain", status.Output, StringComparison.Ordinal);

            // The silos flush when the log runs dry; 'cluster flush' waits for that (grain calls take turns), then
            // the CLI's own check of the cluster's store.
            var flush = await Cli.RunAsync("cluster", "flush", "--cluster", "postgres:" + postgres, "--cluster-id", clusterId);
            Assert.True(flush.Exit == 0, flush.Output);
            var verify = await Cli.RunAsync("verify", "--db", "postgres:" + postgres, "--sample", "40");
            output.WriteLine(verify.Output);
            foreach (var invariant in Invariants)
            {
                Assert.Contains("ok   " + invariant, verify.Output, StringComparison.Ordinal);
            }

            // The one verify line that may fail is the section rebuild, for a living-engine reason the single-process
            // engine shows alone (LivingEngineReproTests); everything the cluster is responsible for must hold.
            var failed = verify.Output.Split('\n').Where(l => l.StartsWith("FAIL", StringComparison.Ordinal)).ToList();
            Assert.True(failed.All(l => l.StartsWith("FAIL sections equal a rebuild", StringComparison.Ordinal)), verify.Output);
        }
        finally
        {
            for (var i = 0; i < silos.Length; i++)
            {
                silos[i]?.Dispose();
                KeepLog(silos[i], $"silo{i + 1}");
            }

            await PostgresSql.ExecuteAsync(postgres, "DROP SCHEMA IF EXISTS triangulate CASCADE");
        }
    }

    /// <summary>verify's store invariants (docs/living.md): exactly one lineage and story per article, no dangling rows.</summary>
    private static readonly string[] Invariants =
    [
        "every annotated article in a lineage", "every annotated article in a story", "every member's story exists",
        "every member's article exists", "no empty story", "story article counts match members", "every alias resolves",
    ];

    /// <summary>Keeps a silo's console log in the temp folder (named in the test output) for a failure's story.</summary>
    private void KeepLog(SiloProcess? silo, string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"triangulate-scaleout-{name}.log");
        File.WriteAllText(path, silo?.Output ?? "");
        output.WriteLine($"{name} log: {path}");
    }

    /// <summary>Stored articles; 0 before the writer created the store's tables.</summary>
    private static async Task<long> ArticlesAsync(string postgres) =>
        await PostgresSql.CountAsync(postgres, "SELECT count(*) FROM pg_tables WHERE schemaname = 'triangulate' AND tablename = 'articles'") == 0
            ? 0
            : await PostgresSql.CountAsync(postgres, "SELECT count(*) FROM triangulate.articles");

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan limit, string what)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"not reached within {limit}: {what}");
            await Task.Delay(500);
        }
    }
}
