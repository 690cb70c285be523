using Orleans.TestingHost;
using Triangulate.Cluster.Hosting;
using Triangulate.Cluster.Schema;

namespace Triangulate.ScaleOut.Tests;

/// <summary>
/// The set-up every TestingHost test shares: a fresh nats-server, a store schema, cluster id and log stream of the
/// test's own, the clustering and reminder tables, then <see cref="TestSilos"/> silos on them. Disposing stops the
/// silos, drops the schema and deletes the cluster's reminders (rows keyed by the TestingHost's own service id), so
/// nothing of one test is left for the next.
/// </summary>
public sealed class InProcessCluster : IAsyncDisposable
{
    private InProcessCluster(NatsServer nats, ClusterSettings settings)
    {
        Nats = nats;
        Settings = settings;
    }

    public NatsServer Nats { get; }

    /// <summary>The settings the silos get: adjust (with <c>with</c>) before <see cref="DeployAsync"/>.</summary>
    public ClusterSettings Settings { get; set; }

    public string Schema => Settings.Schema;

    public TestCluster Cluster => _cluster ?? throw new InvalidOperationException("DeployAsync first");

    private TestCluster? _cluster;

    /// <summary>Starts nats-server and creates the clustering tables; the silos start in <see cref="DeployAsync"/>.</summary>
    public static async Task<InProcessCluster> PrepareAsync(string prefix)
    {
        var schema = prefix + "_" + Guid.NewGuid().ToString("N")[..10];
        var nats = await NatsServer.StartAsync();
        var settings = new ClusterSettings
        {
            Postgres = ScaleOutFactAttribute.Postgres,
            NatsUrl = nats.Url,
            Schema = schema,
            ClusterId = schema,
            Stream = schema.ToUpperInvariant(),
        };
        try
        {
            await ClusteringSchema.ApplyAsync(settings.Postgres);
            return new InProcessCluster(nats, settings);
        }
        catch
        {
            nats.Dispose();
            throw;
        }
    }

    /// <summary>As <see cref="PrepareAsync"/>, for source-grain tests: silos that poll every 2 s (Orleans' reminder
    /// floor lowered to 1 s), may fetch from loopback feeds, and take nothing from the log.</summary>
    public static async Task<InProcessCluster> PrepareSourcesAsync(string prefix)
    {
        var run = await PrepareAsync(prefix);
        run.Settings = run.Settings with
        {
            ConsumeLog = false,
            SourceInterval = TimeSpan.FromSeconds(2),
            MinimumReminderPeriod = TimeSpan.FromSeconds(1),
            AllowedHosts = ["127.0.0.1"],
            Parallelism = 1,
        };
        return run;
    }

    /// <summary>Starts <paramref name="silos"/> silos with <see cref="Settings"/>.</summary>
    public async Task<TestCluster> DeployAsync(int silos)
    {
        _cluster = TestSilos.Build(Settings, silos);
        await _cluster.DeployAsync();
        return _cluster;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_cluster is not null)
            {
                await _cluster.StopAllSilosAsync();
                await _cluster.DisposeAsync();
                await Sql.ExecuteAsync(Settings.Postgres, $"DELETE FROM orleans.OrleansRemindersTable WHERE ServiceId = '{_cluster.Options.ServiceId}'");
            }
        }
        finally
        {
            await Sql.ExecuteAsync(Settings.Postgres, $"DROP SCHEMA IF EXISTS {Schema} CASCADE");
            Nats.Dispose();
        }
    }
}
