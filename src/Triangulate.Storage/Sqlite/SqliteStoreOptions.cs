namespace Triangulate.Storage.Sqlite;

/// <summary>Settings for <see cref="SqliteArticleStore"/>.</summary>
public sealed record SqliteStoreOptions
{
    /// <summary>How long a write waits for another writer (another process on the same file) before it
    /// fails with TRI3002. Default 5 s: long enough to ride out a concurrent batch insert, short enough
    /// that a stuck process is reported instead of hanging the command.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Clock for <c>stored_at</c>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public static SqliteStoreOptions Default { get; } = new();
}
