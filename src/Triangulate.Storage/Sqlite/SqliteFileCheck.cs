using Triangulate.Core.Diagnostics;
using Triangulate.Core.Storage;

namespace Triangulate.Storage.Sqlite;

/// <summary>
/// Checks a database path before SQLite touches it. SQLite would happily "open" any file and only fail
/// on the first query, and opening in WAL mode can create side files; reading the 16-byte header first
/// guarantees a file that is not a database is never modified.
/// </summary>
internal static class SqliteFileCheck
{
    private static ReadOnlySpan<byte> Header => "SQLite format 3\0"u8;

    /// <summary>Creates the parent folder when needed and refuses anything that is not a SQLite file.</summary>
    public static void EnsureUsable(string path)
    {
        if (Directory.Exists(path))
        {
            throw new StoreException(ErrorCodes.StoreUnavailable, $"{path} is a folder, not a database file");
        }

        try
        {
            var parent = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(parent))
            {
                Directory.CreateDirectory(parent);
            }

            if (File.Exists(path) && !HasSqliteHeader(path))
            {
                throw new StoreException(ErrorCodes.StoreNotSqlite, $"{path} is not a SQLite database (its first bytes are not the SQLite header); refusing to touch it");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StoreException(ErrorCodes.StoreUnavailable, $"cannot create or open the database {path}: {ex.Message}", ex);
        }
    }

    /// <summary>True for an empty file (SQLite treats it as a new database) or one starting with the header.</summary>
    private static bool HasSqliteHeader(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (stream.Length == 0)
        {
            return true;
        }

        Span<byte> buffer = stackalloc byte[16];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return read == buffer.Length && buffer.SequenceEqual(Header);
    }
}
