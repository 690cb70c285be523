using Triangulate.Core.Storage;
using Triangulate.Storage.Postgres;
using Triangulate.Storage.Sqlite;

namespace Triangulate.Storage;

/// <summary>Opens the watcher's state in the store a user named with <c>--db</c> (as <see cref="ArticleStores"/> does for articles).</summary>
public static class WatchStores
{
    /// <exception cref="StoreException">The store cannot be opened (TRI3001-TRI3005).</exception>
    public static async Task<IWatchStore> OpenAsync(string location, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        if (location.StartsWith(ArticleStores.PostgresPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return await PostgresWatchStore.OpenAsync(location[ArticleStores.PostgresPrefix.Length..], null, cancellationToken);
        }

        return await SqliteWatchStore.OpenAsync(location, null, cancellationToken);
    }
}
