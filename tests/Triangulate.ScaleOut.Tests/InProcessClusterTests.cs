using Triangulate.Cluster.Grains;
using Triangulate.Cluster.Log;
using Triangulate.Core.Pipeline;
using Triangulate.Engine;
using Triangulate.Engine.Living;
using Triangulate.Storage.Postgres;
using Xunit.Abstractions;

namespace Triangulate.ScaleOut.Tests;

/// <summary>Three in-process silos (Orleans TestingHost) with membership in PostgreSQL, fed through a real
/// nats-server, against the single-process living engine on the same stream.</summary>
public sealed class InProcessClusterTests(ITestOutputHelper output)
{
    private const int Batch = 50;

    [ScaleOutFact]
    public async Task TheDemoThroughThreeSilosEqualsTheSingleProcessEngine()
    {
        var documents = await Streams.DemoAsync();
        var reference = await SingleProcess.PartitionAsync(documents, Batch);
        var clustered = await RunClusterAsync(documents, crashOnFirstMerge: false);
        Assert.Equal(1.0, Streams.Bcubed(reference, clustered), 6);
    }

    [ScaleOutFact(sharedData: "data/stories/ecbplus.jsonl")]
    public async Task ThreeSilosMatchTheSingleProcessEngineAndAMergeInterruptedHalfWayCompletes()
    {
        var documents = await Streams.EcbPlusAsync();
        var reference = await SingleProcess.PartitionAsync(documents, Batch);
        var clustered = await RunClusterAsync(documents, crashOnFirstMerge: true);
        var f1 = Streams.Bcubed(reference, clustered);
        output.WriteLine($"{documents.Count} documents, single process {reference.Count} articles in {reference.Values.Distinct().Count()} stories; " +
            $"cluster {clustered.Count} articles in {clustered.Values.Distinct().Count()} stories; B3 F1 {f1:F4}");
        Assert.True(f1 >= 0.98, $"B3 F1 {f1:F4} against the single-process engine (accept >= 0.98)");
    }

    /// <summary>Appends <paramref name="documents"/> to a fresh log, lets three silos ingest it, and checks the
    /// store (every article once, verify passes); returns the partition.</summary>
    private async Task<Dictionary<string, string>> RunClusterAsync(List<Core.Ingest.RawDocument> documents, bool crashOnFirstMerge)
    {
        await using var run = await InProcessCluster.PrepareAsync("scale");
        var schema = run.Schema;
        run.Settings = run.Settings with { Batch = Batch, AckWait = TimeSpan.FromSeconds(30), Parallelism = 2 };
        await using var store = await PostgresArticleStore.OpenAsync(run.Settings.Postgres, new PostgresStoreOptions { Schema = schema });
        if (crashOnFirstMerge)
        {
            await CrashOnFirstMergeAsync(run.Settings.Postgres, schema);
        }

        var started = DateTime.UtcNow;
        var cluster = await run.DeployAsync(3);
        output.WriteLine($"3 silos up in {(DateTime.UtcNow - started).TotalSeconds:F1} s");
        await using var log = await IngestLog.OpenAsync(run.Nats.Url, run.Settings.Stream);
        foreach (var document in documents)
        {
            await log.AppendAsync(document);
        }

        started = DateTime.UtcNow;
        await WaitForDrainAsync(log, TimeSpan.FromMinutes(8));
        await cluster.Client.GetGrain<IStoryWriterGrain>(schema).FlushAsync();
        output.WriteLine($"log drained and flushed in {(DateTime.UtcNow - started).TotalSeconds:F1} s");

        var clustered = await Streams.PartitionAsync(store);
        Assert.Equal(clustered.Count, await Sql.CountAsync(run.Settings.Postgres, $"SELECT count(*) FROM {schema}.articles"));
        if (crashOnFirstMerge)
        {
            // The first merge's transaction was aborted after some of its rows were written (a silo dying
            // there); the batch came back from the log and a merge went through on a later try.
            Assert.True(await Sql.CountAsync(run.Settings.Postgres, $"SELECT last_value FROM {schema}.crash_once") >= 2, "no merge was retried");
            Assert.True(await Sql.CountAsync(run.Settings.Postgres, $"SELECT count(*) FROM {schema}.story_aliases") >= 1);
        }

        var verify = await new StoryEngine(store, PipelineFactory.CreateFull()).VerifyAsync(50, new NoProgress());
        Assert.True(verify.Passed, $"verify: {verify.Health}; section mismatches: {string.Join(", ", verify.SectionMismatches)}");
        return clustered;
    }

    /// <summary>A trigger that aborts the first transaction writing a story alias (a merge), after the rows before
    /// it in that transaction were written: what a silo killed half-way through a merge leaves to PostgreSQL. The
    /// sequence counts attempts outside the transaction, so only the first one fails.</summary>
    private static Task CrashOnFirstMergeAsync(string postgres, string schema) => Sql.ExecuteAsync(postgres, $"""
        CREATE SEQUENCE {schema}.crash_once;
        CREATE FUNCTION {schema}.crash_mid_merge() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF nextval('{schema}.crash_once') = 1 THEN
                RAISE EXCEPTION 'simulated silo crash half-way through a merge';
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER crash_mid_merge BEFORE INSERT ON {schema}.story_aliases
            FOR EACH ROW EXECUTE FUNCTION {schema}.crash_mid_merge();
        """);

    private static async Task WaitForDrainAsync(IngestLog log, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while ((await log.LagAsync()).Lag > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"the log was not drained within {limit}");
            await Task.Delay(500);
        }
    }
}
