namespace Triangulate.Storage.Sqlite;

/// <summary>Settings for <see cref="SqliteArticleStore"/>.</summary>
public sealed record SqliteStoreOptions
{
    /// <summary>How long a write waits for another writer (another process on the same file) before it
    /// fails with TRI3002. Default 5 s: long enough to ride out a concurrent batch insert, short enough
    /// that a stuck process is reported instead of hanging the command.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Largest size of the database in pages (SQLite <c>max_page_count</c>, applied to every connection); null
    /// (the default) means SQLite's own limit. A write that would pass it fails with TRI3007 and rolls its batch back,
    /// exactly as a full disk does; tests use it to simulate one.</summary>
    public long? MaxPageCount { get; init; }

    /// <summary>Where the store logs (retries, migrations); null: nowhere.</summary>
    public Microsoft.Extensions.Logging.ILogger? Logger { get; init; }

    /// <summary>Clock for <c>stored_at</c>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public static SqliteStoreOptions Default { get; } = new();
}
