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
    public static async Task<IArticleStore> OpenAsync(string location, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        if (location.StartsWith(PostgresPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return await PostgresArticleStore.OpenAsync(location[PostgresPrefix.Length..], null, cancellationToken);
        }

        return await SqliteArticleStore.OpenAsync(location, null, cancellationToken);
    }
}
