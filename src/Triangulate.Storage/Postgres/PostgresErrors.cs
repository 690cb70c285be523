using Npgsql;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Storage;

namespace Triangulate.Storage.Postgres;

/// <summary>Turns Npgsql and PostgreSQL errors into the store's error codes; messages never carry the password.</summary>
internal static class PostgresErrors
{
    /// <summary>
    /// True for a lost or refused connection that may come back: the network or socket failed, the server is starting
    /// or shutting down, the backend was terminated (pg_terminate_backend: 57P01), too many connections. Lock
    /// time-outs are not here: they are another writer's doing and are reported at once (TRI3002).
    /// </summary>
    public static bool IsTransient(NpgsqlException ex) => ex switch
    {
        PostgresException pg => pg.SqlState.StartsWith("08", StringComparison.Ordinal)
            || pg.SqlState is "57P01" or "57P02" or "57P03" or "53300",
        _ => ex.IsTransient || ex.InnerException is IOException or System.Net.Sockets.SocketException or TimeoutException,
    };

    /// <summary>The error after retries ran out: says how long the store kept trying.</summary>
    public static StoreException Map(NpgsqlException ex, string description, int retries)
    {
        var mapped = Map(ex, description);
        return retries == 0 || !IsTransient(ex)
            ? mapped
            : new StoreException(mapped.Code, $"{mapped.Message} (the connection was lost and {retries} retries with back-off did not bring it back; batches stored before the outage are intact: run the same command again once the server is back, nothing is stored twice)", ex);
    }

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
            "57P01" or "57P02" or "57P03" or "53300" => new StoreException(ErrorCodes.StoreUnavailable,
                $"lost the connection to PostgreSQL ({description}): {pg.SqlState} {pg.MessageText}", ex),
            _ => new StoreException(ErrorCodes.StoreUnavailable, $"PostgreSQL store {description} failed: {pg.SqlState} {pg.MessageText}", ex),
        };
    }
}
