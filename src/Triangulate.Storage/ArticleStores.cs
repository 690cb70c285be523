using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Triangulate.Core.Storage;
using Triangulate.Storage.Postgres;
using Triangulate.Storage.Sqlite;

namespace Triangulate.Storage;

/// <summary>
/// Opens the store a user named, e.g. with <c>--db</c>: a file path means SQLite (the default);
/// <c>postgres:</c> followed by an Npgsql connection string means PostgreSQL.
/// </summary>
public static class ArticleStores
{
    public const string PostgresPrefix = "postgres:";

    /// <summary>Opens (creating when absent) the store at <paramref name="location"/>.</summary>
    /// <exception cref="StoreException">The store cannot be opened; the code says why (TRI3001-TRI3005).</exception>
    public static Task<IArticleStore> OpenAsync(string location, CancellationToken cancellationToken = default) =>
        OpenAsync(location, null, cancellationToken);

    /// <summary>Opens the store and logs the opening, a failure, and later connection retries to <paramref name="logger"/>.</summary>
    /// <exception cref="StoreException">The store cannot be opened; the code says why (TRI3001-TRI3005).</exception>
    public static async Task<IArticleStore> OpenAsync(string location, ILogger? logger, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        logger ??= NullLogger.Instance;
        try
        {
            IArticleStore store = location.StartsWith(PostgresPrefix, StringComparison.OrdinalIgnoreCase)
                ? await PostgresArticleStore.OpenAsync(location[PostgresPrefix.Length..], PostgresStoreOptions.Default with { Logger = logger }, cancellationToken)
                : await SqliteArticleStore.OpenAsync(location, SqliteStoreOptions.Default with { Logger = logger }, cancellationToken);
            StoreLog.Opened(logger, store.Description);
            return store;
        }
        catch (StoreException ex)
        {
            // The connection string may hold a password: name a SQLite path, but only the kind of a PostgreSQL store.
            StoreLog.OpenFailed(logger, location.StartsWith(PostgresPrefix, StringComparison.OrdinalIgnoreCase) ? PostgresPrefix : location, ex.Code, ex.Message);
            throw;
        }
    }
}
