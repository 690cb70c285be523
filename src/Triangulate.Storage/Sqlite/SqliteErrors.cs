using Microsoft.Data.Sqlite;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Storage;

namespace Triangulate.Storage.Sqlite;

/// <summary>Turns SQLite result codes into the store's error codes with messages that name the file.</summary>
internal static class SqliteErrors
{
    // Primary result codes (https://sqlite.org/rescode.html); extended codes carry them in the low byte.
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int IoErr = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CantOpen = 14;
    private const int NotADb = 26;

    public static StoreException Map(SqliteException ex, string path) => (ex.SqliteErrorCode & 0xFF) switch
    {
        Busy or Locked => new StoreException(ErrorCodes.StoreLocked,
            $"{path} is locked by another writer (waited the busy timeout); retry when the other process has finished", ex),
        Corrupt => new StoreException(ErrorCodes.StoreCorrupt,
            $"{path} is corrupt (SQLite: {ex.Message}); restore a backup or re-ingest into a new database", ex),
        NotADb => new StoreException(ErrorCodes.StoreNotSqlite, $"{path} is not a SQLite database (SQLite: {ex.Message})", ex),
        Full => new StoreException(ErrorCodes.StoreFull,
            $"{path} is full (SQLite: {ex.Message}): the disk or the database's page limit left no room; the batch being written was rolled back and everything stored before it is intact. Free space, then run the same command again: stored articles are recognised and only the rest is added", ex),
        CantOpen or ReadOnly or IoErr => new StoreException(ErrorCodes.StoreUnavailable,
            $"cannot open or write the database {path} (SQLite: {ex.Message}); check the folder exists, is writable and has space", ex),
        _ => new StoreException(ErrorCodes.StoreUnavailable, $"database {path} failed: {ex.Message}", ex),
    };
}
