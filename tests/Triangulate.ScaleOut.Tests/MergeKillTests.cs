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
        await cluster.AssertMatchesSingleProcessAsync(documents);
    }

    /// <summary>The first story alias insert sleeps; the sequence counts tries outside any transaction, so only the
    /// first merge is held.</summary>
    private static Task HoldFirstMergeAsync() => Sql.ExecuteAsync(ProcessCluster.Postgres, $"""
        CREATE SEQUENCE {ProcessCluster.Schema}.merge_hold;
        CREATE FUNCTION {ProcessCluster.Schema}.hold_first_merge() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF nextval('{ProcessCluster.Schema}.merge_hold') = 1 THEN
                PERFORM pg_sleep({HoldSeconds});
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER hold_first_merge BEFORE INSERT ON {ProcessCluster.Schema}.story_aliases
            FOR EACH ROW EXECUTE FUNCTION {ProcessCluster.Schema}.hold_first_merge();
        """);
}
