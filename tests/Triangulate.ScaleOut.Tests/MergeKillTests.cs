using System.Globalization;
using Xunit.Abstractions;

namespace Triangulate.ScaleOut.Tests;

/// <summary>
/// kill -9 of the silo whose story writer is in the middle of a merge. The moment is made deterministic in
/// PostgreSQL, not in the engine: a trigger holds the first transaction that writes a story alias (a merge's last
/// step, after the losing story's members were moved) for a few seconds, the test finds that transaction's silo by
/// its application name in <c>pg_stat_activity</c> and kills that process. PostgreSQL then rolls the transaction
/// back (the client is gone), the batch was never acknowledged, and the log hands it to a live silo.
/// </summary>
public sealed class MergeKillTests(ITestOutputHelper output)
{
    private const int Documents = 240;

    /// <summary>How long the held merge waits: long enough to find and kill its process, short enough for CI.</summary>
    private const int HoldSeconds = 15;

    [ScaleOutFact(sharedData: "data/stories/ecbplus.jsonl")]
    public async Task KillingTheWritersSiloInTheMiddleOfAMergeLeavesEveryArticleInOneStory()
    {
        var documents = (await Streams.EcbPlusAsync()).Take(Documents).ToList();
        await using var cluster = await ProcessCluster.StartAsync(output);
        await HoldFirstMergeAsync();
        await cluster.AppendAsync(documents);

        string? holder = null;
        await Sql.WaitUntilAsync(async () =>
        {
            holder = await Sql.ScalarAsync(ProcessCluster.Postgres,
                "SELECT application_name || ' ' || pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'PgSleep'");
            return holder is not null;
        }, TimeSpan.FromMinutes(5), $"a merge in flight (the first {Documents} documents, stories settled at the end, have several)");
        Assert.NotNull(holder);
        var (application, backend) = (holder.Split(' ')[0], holder.Split(' ')[1]);
        var silo = int.Parse(application["silo".Length..], CultureInfo.InvariantCulture) - 1;
        output.WriteLine($"merge in flight in backend {backend} of {application} with {await ProcessCluster.ArticlesAsync()} articles stored; kill -9");
        cluster.KillSilo(silo);
        var inBatch = await Sql.CountAsync(ProcessCluster.Postgres, $"SELECT last_value + (CASE WHEN is_called THEN 0 ELSE -1 END) FROM {ProcessCluster.Schema}.merge_hold_in_batch") > 0;
        output.WriteLine(inBatch
            ? "the held merge was in an ingest batch (its transaction also stored articles): the log redelivers the batch"
            : "the held merge was in the end-of-log settle: the silos ask for the flush again");

        // The held transaction ends when its backend finds the client gone; nothing of it may be visible after.
        await Sql.WaitUntilAsync(async () => await Sql.CountAsync(ProcessCluster.Postgres, $"SELECT count(*) FROM pg_stat_activity WHERE pid = {backend}") == 0,
            TimeSpan.FromSeconds(HoldSeconds + 60), "the killed writer's transaction ended");
        await cluster.StartSiloAsync(silo);
        await cluster.DrainAsync(TimeSpan.FromMinutes(8));

        // The interrupted merge came back (from the log when it was in a batch, from the silos' retried flush when it
        // was the end-of-log settle) and a merge went through on a later try.
        await cluster.AssertStoreAsync(Documents);
        Assert.True(await Sql.CountAsync(ProcessCluster.Postgres, $"SELECT last_value FROM {ProcessCluster.Schema}.merge_hold") >= 2, "no merge after the kill");
        Assert.True(await Sql.CountAsync(ProcessCluster.Postgres, $"SELECT count(*) FROM {ProcessCluster.Schema}.story_aliases") >= 1, "no alias after the kill");
        // 240 documents: the floor catches a partition gone wrong, not the engine's own order sensitivity on a short
        // stream (swapping two batches of these documents in one process gives 0.978; docs/scale-out.md "Ordering").
        await cluster.AssertMatchesSingleProcessAsync(documents, floor: 0.95);
    }

    /// <summary>The first story alias insert sleeps; the sequence counts tries outside any transaction, so only the
    /// first merge is held. A second sequence records whether that merge's transaction also stored articles (an
    /// ingest batch) or not (the settle at the end of the log), since the first merge falls in either.</summary>
    private static Task HoldFirstMergeAsync() => Sql.ExecuteAsync(ProcessCluster.Postgres, $"""
        CREATE SEQUENCE {ProcessCluster.Schema}.merge_hold;
        CREATE SEQUENCE {ProcessCluster.Schema}.merge_hold_in_batch;
        CREATE FUNCTION {ProcessCluster.Schema}.hold_first_merge() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF nextval('{ProcessCluster.Schema}.merge_hold') = 1 THEN
                IF EXISTS (SELECT 1 FROM {ProcessCluster.Schema}.articles WHERE xmin::text = (pg_current_xact_id()::text::bigint % 4294967296)::text) THEN
                    PERFORM nextval('{ProcessCluster.Schema}.merge_hold_in_batch');
                END IF;
                PERFORM pg_sleep({HoldSeconds});
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER hold_first_merge BEFORE INSERT ON {ProcessCluster.Schema}.story_aliases
            FOR EACH ROW EXECUTE FUNCTION {ProcessCluster.Schema}.hold_first_merge();
        """);
}
