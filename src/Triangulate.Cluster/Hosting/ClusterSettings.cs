namespace Triangulate.Cluster.Hosting;

/// <summary>How a silo joins its cluster: the PostgreSQL database that holds membership and the store, the
/// store's schema, the NATS server with the ingest log, and this silo's ports.</summary>
public sealed record ClusterSettings
{
    /// <summary>Npgsql connection string (the part after <c>postgres:</c>).</summary>
    public required string Postgres { get; init; }

    public required string NatsUrl { get; init; }

    /// <summary>The store's schema (see <c>PostgresStoreOptions.Schema</c>).</summary>
    public string Schema { get; init; } = "triangulate";

    /// <summary>Orleans cluster id: silos with the same id and database form one cluster.</summary>
    public string ClusterId { get; init; } = "triangulate";

    public int SiloPort { get; init; } = 11111;
    public int GatewayPort { get; init; } = 30000;

    /// <summary>The log's stream name (tests use one per test).</summary>
    public string Stream { get; init; } = Log.IngestLog.DefaultStream;

    /// <summary>Messages a silo fetches and annotates at once; also the writer's batch size.</summary>
    public int Batch { get; init; } = 64;

    /// <summary>JetStream's redelivery delay for a message a silo took and never acknowledged.</summary>
    public TimeSpan AckWait { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Threads for the per-article stages on this silo.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>False: this silo serves grains but takes nothing from the log (tests that feed grains directly).</summary>
    public bool ConsumeLog { get; init; } = true;

    /// <summary>How often each source grain polls its source (its reminder's period). Orleans' reminder floor applies
    /// (<see cref="MinimumReminderPeriod"/>).</summary>
    public TimeSpan SourceInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Orleans' smallest reminder period (its default is one minute; tests lower it to poll every few seconds).</summary>
    public TimeSpan MinimumReminderPeriod { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Hosts the source grains may fetch even though they resolve to private addresses (as <c>--allow-host</c>).</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];
}
