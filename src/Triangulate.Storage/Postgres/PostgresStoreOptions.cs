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

    /// <summary>Clock for <c>stored_at</c>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public static PostgresStoreOptions Default { get; } = new();
}
