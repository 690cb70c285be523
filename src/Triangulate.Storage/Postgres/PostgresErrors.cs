using Npgsql;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Storage;

namespace Triangulate.Storage.Postgres;

/// <summary>Turns Npgsql and PostgreSQL errors into the store's error codes; messages never carry the password.</summary>
internal static class PostgresErrors
{
    public static StoreException Map(NpgsqlException ex, string description)
    {
        if (ex is not PostgresException pg)
        {
            return new StoreException(ErrorCodes.StoreUnavailable,
                $"cannot reach PostgreSQL ({description}): {ex.Message}; check the server is running and the connection string", ex);
        }

        return pg.SqlState switch
        {
            // lock_not_available, deadlock_detected, serialization_failure: another session holds the rows.
            "55P03" or "40P01" or "40001" => new StoreException(ErrorCodes.StoreLocked,
                $"{description} is locked by another writer ({pg.MessageText}); retry when it has finished", ex),
            // data_corrupted, index_corrupted
            "XX001" or "XX002" => new StoreException(ErrorCodes.StoreCorrupt,
                $"{description} is corrupt ({pg.MessageText}); restore a backup or REINDEX", ex),
            _ => new StoreException(ErrorCodes.StoreUnavailable, $"PostgreSQL store {description} failed: {pg.SqlState} {pg.MessageText}", ex),
        };
    }
}
