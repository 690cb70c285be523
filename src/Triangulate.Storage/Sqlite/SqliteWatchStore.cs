using System.Data.Common;
using Microsoft.Data.Sqlite;
using Triangulate.Core.Storage;

namespace Triangulate.Storage.Sqlite;

/// <summary>
/// The watcher's state (sources, followed pages, revisions) in the same SQLite file as the articles. Opening runs
/// the same migrations as <see cref="SqliteArticleStore"/>, so either may be opened first.
/// </summary>
public sealed partial class SqliteWatchStore : IWatchStore
{
    private const string SourceColumns = WatchRows.SourceColumns;
    private const string PageColumns = WatchRows.PageColumns;
    private const string RevisionColumns = WatchRows.RevisionColumns;

    private readonly SqliteArticleStore _articles;
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    private SqliteWatchStore(SqliteArticleStore articles) => _articles = articles;

    public string Description => _articles.Description;

    /// <summary>Opens (creating and migrating when needed) the store at <paramref name="path"/>.</summary>
    /// <exception cref="StoreException">As <see cref="SqliteArticleStore.OpenAsync(string, SqliteStoreOptions?, CancellationToken)"/>.</exception>
    public static async Task<SqliteWatchStore> OpenAsync(string path, SqliteStoreOptions? options = null, CancellationToken cancellationToken = default) =>
        new(await SqliteArticleStore.OpenAsync(path, options, cancellationToken));

    public Task<WatchedSource> AddSourceAsync(string url, DateTimeOffset now, CancellationToken cancellationToken = default) => WriteAsync(async connection =>
    {
        await using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO watch_sources (url, added_at, next_poll_at) VALUES ($url, $now, $now) ON CONFLICT (url) DO NOTHING";
            insert.Parameters.AddWithValue("$url", url);
            insert.Parameters.AddWithValue("$now", WatchTime.Write(now));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT {SourceColumns} FROM watch_sources WHERE url = $url";
        select.Parameters.AddWithValue("$url", url);
        return (await ReadSourcesAsync(select, cancellationToken))[0];
    }, cancellationToken);

    public Task<IReadOnlyList<WatchedSource>> ListSourcesAsync(CancellationToken cancellationToken = default) => ReadAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {SourceColumns} FROM watch_sources ORDER BY id";
        return await ReadSourcesAsync(command, cancellationToken);
    }, cancellationToken);

    public Task<bool> RemoveSourceAsync(string url, CancellationToken cancellationToken = default) => WriteAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM watch_sources WHERE url = $url";
        command.Parameters.AddWithValue("$url", url);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }, cancellationToken);

    public Task<IReadOnlyList<WatchedSource>> DueSourcesAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default) =>
        DueAsync($"SELECT {SourceColumns} FROM watch_sources WHERE next_poll_at <= $now ORDER BY next_poll_at, id LIMIT $limit", now, limit, ReadSourcesAsync, cancellationToken);

    public Task SaveSourceAsync(WatchedSource source, CancellationToken cancellationToken = default) => WriteAsync(async connection =>
    {
        var h = source.Health;
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE watch_sources SET kind = $kind, etag = $etag, last_modified = $last_modified, next_poll_at = $next_poll_at,
                last_polled_at = $last_polled_at, last_success_at = $last_success_at, last_error_at = $last_error_at, last_error = $last_error,
                consecutive_failures = $failures, fetches = $fetches, not_modified = $not_modified, items_seen = $items_seen,
                total_latency_ms = $latency
            WHERE id = $id
            """;
        Add(command, ("$id", source.Id), ("$kind", source.Kind), ("$etag", source.ETag), ("$last_modified", WatchTime.WriteOrNull(source.LastModified)),
            ("$next_poll_at", WatchTime.Write(source.NextPollAt)), ("$last_polled_at", WatchTime.WriteOrNull(h.LastPolledAt)),
            ("$last_success_at", WatchTime.WriteOrNull(h.LastSuccessAt)), ("$last_error_at", WatchTime.WriteOrNull(h.LastErrorAt)),
            ("$last_error", h.LastError), ("$failures", h.ConsecutiveFailures), ("$fetches", h.Fetches), ("$not_modified", h.NotModified),
            ("$items_seen", h.ItemsSeen), ("$latency", h.TotalLatencyMs));
        await command.ExecuteNonQueryAsync(cancellationToken);
        return true;
    }, cancellationToken);

    public Task<WatchedPage?> FindPageAsync(string url, CancellationToken cancellationToken = default) => ReadAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {PageColumns} FROM watch_pages WHERE canonical_url = $url
            UNION ALL
            SELECT {PageColumns} FROM watch_pages WHERE canonical_url = (SELECT canonical_url FROM watch_aliases WHERE url = $url)
            LIMIT 1
            """;
        command.Parameters.AddWithValue("$url", url);
        var pages = await ReadPagesAsync(command, cancellationToken);
        return pages.Count == 0 ? null : pages[0];
    }, cancellationToken);

    public Task SavePageAsync(WatchedPage page, IReadOnlyCollection<string> aliases, CancellationToken cancellationToken = default) => WriteAsync(async connection =>
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""
                INSERT OR REPLACE INTO watch_pages ({PageColumns}) VALUES ($canonical_url, $fetch_url, $source_id, $origin, $etag, $last_modified,
                    $listed_updated, $body_hash, $first_seen_at, $last_checked_at, $next_check_at, $checks, $gone_at)
                """;
            Add(command, ("$canonical_url", page.CanonicalUrl), ("$fetch_url", page.FetchUrl), ("$source_id", page.SourceId), ("$origin", page.Origin),
                ("$etag", page.ETag), ("$last_modified", WatchTime.WriteOrNull(page.LastModified)), ("$listed_updated", WatchTime.WriteOrNull(page.ListedUpdated)),
                ("$body_hash", page.BodyHash), ("$first_seen_at", WatchTime.Write(page.FirstSeenAt)), ("$last_checked_at", WatchTime.WriteOrNull(page.LastCheckedAt)),
                ("$next_check_at", WatchTime.WriteOrNull(page.NextCheckAt)), ("$checks", page.Checks), ("$gone_at", WatchTime.WriteOrNull(page.GoneAt)));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var alias = connection.CreateCommand())
        {
            alias.CommandText = "INSERT OR REPLACE INTO watch_aliases (url, canonical_url) VALUES ($url, $canonical)";
            var url = alias.Parameters.Add("$url", SqliteType.Text);
            alias.Parameters.AddWithValue("$canonical", page.CanonicalUrl);
            foreach (var a in aliases)
            {
                if (a != page.CanonicalUrl)
                {
                    url.Value = a;
                    await alias.ExecuteNonQueryAsync(cancellationToken);
                }
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }, cancellationToken);

    public Task<IReadOnlyList<WatchedPage>> DuePagesAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default) =>
        DueAsync($"SELECT {PageColumns} FROM watch_pages WHERE next_check_at IS NOT NULL AND next_check_at <= $now ORDER BY next_check_at LIMIT $limit", now, limit, ReadPagesAsync, cancellationToken);

    public Task<long> CountPagesAsync(CancellationToken cancellationToken = default) => CountAsync("watch_pages", cancellationToken);

    public Task<(string Text, DateTimeOffset Expires)?> GetRobotsAsync(string host, CancellationToken cancellationToken = default) => ReadAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT robots, expires_at FROM watch_robots WHERE host = $host";
        command.Parameters.AddWithValue("$host", host);
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        return await r.ReadAsync(cancellationToken) ? ((string, DateTimeOffset)?)(r.GetString(0), WatchTime.Read(r.GetString(1))) : null;
    }, cancellationToken);

    public Task SaveRobotsAsync(string host, string text, DateTimeOffset expires, CancellationToken cancellationToken = default) => WriteAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO watch_robots (host, robots, expires_at) VALUES ($host, $robots, $expires)";
        Add(command, ("$host", host), ("$robots", text), ("$expires", WatchTime.Write(expires)));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }, cancellationToken);

    public ValueTask DisposeAsync()
    {
        _writeGate.Dispose();
        return _articles.DisposeAsync();
    }

    private static void Add(SqliteCommand command, params (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }

    /// <summary>Runs one of the "what is due" queries: <paramref name="sql"/> takes the clock as <c>$now</c> and the
    /// batch size as <c>$limit</c>, and <paramref name="read"/> maps its rows.</summary>
    private Task<IReadOnlyList<T>> DueAsync<T>(string sql, DateTimeOffset now, int limit,
        Func<SqliteCommand, CancellationToken, Task<IReadOnlyList<T>>> read, CancellationToken cancellationToken) => ReadAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$now", WatchTime.Write(now));
        command.Parameters.AddWithValue("$limit", limit);
        return await read(command, cancellationToken);
    }, cancellationToken);

    private static Task<IReadOnlyList<WatchedSource>> ReadSourcesAsync(SqliteCommand command, CancellationToken ct) =>
        WatchRows.ReadAllAsync(command, r => WatchRows.Source(r, Time), ct);

    private static Task<IReadOnlyList<WatchedPage>> ReadPagesAsync(SqliteCommand command, CancellationToken ct) =>
        WatchRows.ReadAllAsync(command, r => WatchRows.Page(r, Time), ct);

    private static DateTimeOffset? Time(DbDataReader r, int i) => WatchTime.ReadOrNull(r.GetValue(i));
}
