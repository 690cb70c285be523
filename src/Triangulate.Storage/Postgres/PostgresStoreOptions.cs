namespace Triangulate.Storage.Postgres;

/// <summary>Settings for <see cref="PostgresArticleStore"/>.</summary>
public sealed record PostgresStoreOptions
{
    /// <summary>The schema that holds Triangulate's tables, created when absent. Separate schemas let one
    /// database hold several independent stores (tests use one per test). Lower-case letters, digits, '_'.</summary>
    public string Schema { get; init; } = "triangulate";

    /// <summary>How long a write waits for a row or table lock held by another session before it fails with
    /// TRI3002 (PostgreSQL <c>lock_timeout</c>).</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How many times an operation is tried again after the connection to the server is lost (the server
    /// restarted, the backend was terminated, the network dropped), with exponential back-off and jitter starting at
    /// <see cref="RetryDelay"/> and capped at 5 s per wait. Default 8: about 20 s of outage is ridden out; a longer
    /// one fails with TRI3005. A retried batch is safe: inserts are ON CONFLICT DO NOTHING on content-hash ids.</summary>
    public int MaxRetries { get; init; } = 8;

    /// <summary>The first back-off wait; each next one doubles (with jitter). Default 200 ms.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Where the store logs (retries, migrations); null: nowhere.</summary>
    public Microsoft.Extensions.Logging.ILogger? Logger { get; init; }

    /// <summary>Clock for <c>stored_at</c>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public static PostgresStoreOptions Default { get; } = new();
}
