using Triangulate.Cluster.Log;
using Triangulate.Core.Ingest;
using Triangulate.Storage.Postgres;
using Xunit.Abstractions;

namespace Triangulate.ScaleOut.Tests;

/// <summary>
/// Three real <c>triangulate serve --cluster</c> processes over the test database and a fresh nats-server: started,
/// stopped, killed and restarted on their own ports, each with its own PostgreSQL application name ("silo1"…) so a
/// test can tell from <c>pg_stat_activity</c> which process holds a transaction. The CLI's <c>verify</c> reads the
/// default store schema ("triangulate"), so the cluster owns that schema of the test database while it runs (dropped
/// before and after).
/// </summary>
public sealed class ProcessCluster : IAsyncDisposable
{
    public const string Schema = "triangulate";

    /// <summary>Short, so a batch taken by a killed silo comes back within the test's time; batches in work are kept
    /// alive with progress acks, so a slow batch on a loaded machine is not redelivered.</summary>
    private const int AckWaitSeconds = 15;

    private readonly ITestOutputHelper _output;
    private readonly int[] _ports;
    private readonly SiloProcess?[] _silos;
    private readonly int[] _starts;

    private ProcessCluster(ITestOutputHelper output, NatsServer nats, int silos, int batch)
    {
        _output = output;
        Batch = batch;
        Nats = nats;
        ClusterId = "realproc-" + Guid.NewGuid().ToString("N")[..8];
        Stream = "T_" + ClusterId.Replace('-', '_').ToUpperInvariant();
        _ports = [.. Enumerable.Range(0, 2 * silos).Select(_ => NatsServer.FreePort())];
        _silos = new SiloProcess?[silos];
        _starts = new int[silos];
    }

    public static string Postgres => ScaleOutFactAttribute.Postgres;

    public NatsServer Nats { get; }
    public string ClusterId { get; }
    public string Stream { get; }

    /// <summary>Messages a silo takes from the log at once (<c>serve --batch</c>), and so the writer's batch.</summary>
    public int Batch { get; }

    /// <summary>A fresh store schema (with its tables, so a test can add triggers) and the silos, started one after another.</summary>
    public static async Task<ProcessCluster> StartAsync(ITestOutputHelper output, int silos = 3, int batch = SingleProcess.SiloBatch)
    {
        await Sql.ExecuteAsync(Postgres, $"DROP SCHEMA IF EXISTS {Schema} CASCADE");
        await (await PostgresArticleStore.OpenAsync(Postgres, new PostgresStoreOptions { Schema = Schema })).DisposeAsync();
        var cluster = new ProcessCluster(output, await NatsServer.StartAsync(), silos, batch);
        for (var i = 0; i < silos; i++)
        {
            await cluster.StartSiloAsync(i);
        }

        return cluster;
    }

    /// <summary>The PostgreSQL application name of silo <paramref name="index"/> (0-based): "silo1", "silo2", …</summary>
    public static string ApplicationName(int index) => $"silo{index + 1}";

    public async Task StartSiloAsync(int index)
    {
        _starts[index]++;
        _silos[index] = await SiloProcess.StartAsync(Postgres + ";Application Name=" + ApplicationName(index), Nats.Url, ClusterId, Stream,
            _ports[2 * index], _ports[(2 * index) + 1], "--ack-wait", AckWaitSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--batch", Batch.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>SIGTERM (a rolling restart's stop), waiting for the process to leave.</summary>
    public async Task StopSiloAsync(int index)
    {
        var silo = _silos[index] ?? throw new InvalidOperationException($"silo {index + 1} is not running");
        await silo.StopAsync();
        KeepLog(silo, $"{ApplicationName(index)}-run{_starts[index]}");
        silo.Dispose();
        _silos[index] = null;
    }

    /// <summary>kill -9: no goodbye, transactions cut off where they are.</summary>
    public void KillSilo(int index)
    {
        var silo = _silos[index] ?? throw new InvalidOperationException($"silo {index + 1} is not running");
        silo.KillHard();
        KeepLog(silo, $"{ApplicationName(index)}-run{_starts[index]}-killed");
        silo.Dispose();
        _silos[index] = null;
    }

    public async Task AppendAsync(IEnumerable<RawDocument> documents)
    {
        await using var log = await IngestLog.OpenAsync(Nats.Url, Stream);
        foreach (var document in documents)
        {
            await log.AppendAsync(document);
        }
    }

    public async Task<LogLag> LagAsync()
    {
        await using var log = await IngestLog.OpenAsync(Nats.Url, Stream);
        return await log.LagAsync();
    }

    /// <summary>Stored articles; 0 before the store's tables exist.</summary>
    public static async Task<long> ArticlesAsync() =>
        await Sql.CountAsync(Postgres, $"SELECT count(*) FROM pg_tables WHERE schemaname = '{Schema}' AND tablename = 'articles'") == 0
            ? 0
            : await Sql.CountAsync(Postgres, $"SELECT count(*) FROM {Schema}.articles");

    public async Task DrainAsync(TimeSpan limit)
    {
        await Sql.WaitUntilAsync(async () => (await LagAsync()).Lag == 0, limit, "the log drained");
        _output.WriteLine($"log: {await LagAsync()}");
    }

    /// <summary>What every real-process test ends with: each document stored exactly once and in exactly one story,
    /// 'cluster flush' (waits for the silos' own flush), and the CLI's verify holding the store's invariants.</summary>
    public async Task AssertStoreAsync(int documents)
    {
        Assert.Equal(documents, await ArticlesAsync());
        Assert.Equal(documents, await Sql.CountAsync(Postgres, $"SELECT count(*) FROM {Schema}.story_members"));
        Assert.Equal(documents, await Sql.CountAsync(Postgres, $"SELECT count(DISTINCT article_id) FROM {Schema}.story_members"));
        var flush = await Cli.RunAsync("cluster", "flush", "--cluster", "postgres:" + Postgres, "--cluster-id", ClusterId);
        Assert.True(flush.Exit == 0, flush.Output);
        var verify = await Cli.RunAsync("verify", "--db", "postgres:" + Postgres, "--sample", "40");
        _output.WriteLine(verify.Output);
        foreach (var invariant in Invariants)
        {
            Assert.Contains("ok   " + invariant, verify.Output, StringComparison.Ordinal);
        }

        // The one verify line that may fail is the section rebuild, for a living-engine reason the single-process
        // engine shows alone (LivingEngineReproTests); everything the cluster is responsible for must hold.
        var failed = verify.Output.Split('\n').Where(l => l.StartsWith("FAIL", StringComparison.Ordinal)).ToList();
        Assert.True(failed.All(l => l.StartsWith("FAIL sections equal a rebuild", StringComparison.Ordinal)), verify.Output);
    }

    /// <summary>The cluster's stories against the single-process engine on the same documents, in batches of the
    /// silos' size: B³ F1 ≥ <paramref name="floor"/> (the 0.98 by default). Returns the F1.</summary>
    public async Task<double> AssertMatchesSingleProcessAsync(List<RawDocument> documents, double floor = 0.98)
    {
        Dictionary<string, string> clustered;
        await using (var store = await PostgresArticleStore.OpenAsync(Postgres, new PostgresStoreOptions { Schema = Schema }))
        {
            clustered = await Streams.PartitionAsync(store);
        }

        var reference = await SingleProcess.PartitionAsync(documents, Batch);
        var f1 = Streams.Bcubed(reference, clustered);
        _output.WriteLine($"single process {reference.Count} articles in {reference.Values.Distinct().Count()} stories; " +
            $"cluster {clustered.Count} articles in {clustered.Values.Distinct().Count()} stories; B3 F1 {f1:F4}");
        Assert.True(f1 >= floor, $"B3 F1 {f1:F4} against the single-process engine (accept >= {floor})");
        return f1;
    }

    public async Task<string> StatusAsync()
    {
        var status = await Cli.RunAsync("cluster", "status", "--cluster", "postgres:" + Postgres, "--nats", Nats.Url, "--cluster-id", ClusterId, "--stream", Stream);
        _output.WriteLine(status.Output);
        Assert.Equal(0, status.Exit);
        return status.Output;
    }

    /// <summary>Runs <c>triangulate cluster SUBCOMMAND ARGS --cluster … --cluster-id …</c> against these silos, through the
    /// CLI's own client; returns the exit code and what it printed.</summary>
    public async Task<(int Exit, string Output)> ClusterCliAsync(string subcommand, params string[] args)
    {
        var run = await Cli.RunAsync(["cluster", subcommand, .. args, "--cluster", "postgres:" + Postgres, "--nats", Nats.Url, "--cluster-id", ClusterId, "--stream", Stream]);
        _output.WriteLine($"cluster {subcommand}: exit {run.Exit}: {run.Output}");
        return run;
    }

    /// <summary>verify's store invariants (docs/living.md): exactly one lineage and story per article, no dangling rows.</summary>
    private static readonly string[] Invariants =
    [
        "every annotated article in a lineage", "every annotated article in a story", "every member's story exists",
        "every member's article exists", "no empty story", "story article counts match members", "every alias resolves",
    ];

    /// <summary>Keeps a silo's console log in the temp folder (named in the test output) for a failure's story.</summary>
    private void KeepLog(SiloProcess silo, string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"triangulate-scaleout-{name}.log");
        File.WriteAllText(path, silo.Output);
        _output.WriteLine($"{name} log: {path}");
    }

    public async ValueTask DisposeAsync()
    {
        for (var i = 0; i < _silos.Length; i++)
        {
            if (_silos[i] is { } silo)
            {
                silo.KillHard();
                KeepLog(silo, $"{ApplicationName(i)}-run{_starts[i]}");
                silo.Dispose();
            }
        }

        Nats.Dispose();
        await Sql.ExecuteAsync(Postgres, $"DROP SCHEMA IF EXISTS {Schema} CASCADE");
    }
}
