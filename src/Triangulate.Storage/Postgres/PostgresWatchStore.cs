using Npgsql;
using NpgsqlTypes;
using Triangulate.Core.Storage;

namespace Triangulate.Storage.Postgres;

/// <summary>The watcher's state on PostgreSQL, in the schema that holds the articles; the same contract as <see cref="Sqlite.SqliteWatchStore"/>.</summary>
public sealed partial class PostgresWatchStore : IWatchStore
{
    private const string SourceColumns = WatchRows.SourceColumns;
    private const string PageColumns = WatchRows.PageColumns;
    private const string RevisionColumns = WatchRows.RevisionColumns;

    private readonly PostgresArticleStore _articles;
    private readonly string _s;

    private PostgresWatchStore(PostgresArticleStore articles)
    {
        _articles = articles;
        _s = articles.QuotedSchema;
    }

    public string Description => _articles.Description;

    /// <exception cref="StoreException">As <see cref="PostgresArticleStore.OpenAsync"/>.</exception>
    public static async Task<PostgresWatchStore> OpenAsync(string connectionString, PostgresStoreOptions? options = null, CancellationToken cancellationToken = default) =>
        new(await PostgresArticleStore.OpenAsync(connectionString, options, cancellationToken));

    public Task<WatchedSource> AddSourceAsync(string url, DateTimeOffset now, CancellationToken cancellationToken = default) => GuardAsync(async () =>
    {
        await using var command = Command($"""
            WITH added AS (INSERT INTO {_s}.watch_sources (url, added_at, next_poll_at) VALUES (@url, @now, @now) ON CONFLICT (url) DO NOTHING RETURNING {SourceColumns})
            SELECT {SourceColumns} FROM added UNION ALL SELECT {SourceColumns} FROM {_s}.watch_sources WHERE url = @url LIMIT 1
            """, ("url", url), ("now", Utc(now)));
        return (await ReadSourcesAsync(command, cancellationToken))[0];
    });

    public Task<IReadOnlyList<WatchedSource>> ListSourcesAsync(CancellationToken cancellationToken = default) => GuardAsync(async () =>
    {
        await using var command = Command($"SELECT {SourceColumns} FROM {_s}.watch_sources ORDER BY id");
        return await ReadSourcesAsync(command, cancellationToken);
    });

    public Task<bool> RemoveSourceAsync(string url, CancellationToken cancellationToken = default) => GuardAsync(async () =>
    {
        await using var command = Command($"DELETE FROM {_s}.watch_sources WHERE url = @url", ("url", url));
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    });

    public Task<IReadOnlyList<WatchedSource>> DueSourcesAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default) => GuardAsync(async () =>
    {
        await using var command = Command($"SELECT {SourceColumns} FROM {_s}.watch_sources WHERE next_poll_at <= @now ORDER BY next_poll_at, id LIMIT @limit",
            ("now", Utc(now)), ("limit", limit));
        return await ReadSourcesAsync(command, cancellationToken);
    });

    public Task SaveSourceAsync(WatchedSource source, CancellationToken cancellationToken = default) => GuardAsync(async () =>
    {
        var h = source.Health;
        await using var command = Command($"""
            UPDATE {_s}.watch_sources SET kind = @kind, etag = @etag, last_modified = @last_modified, next_poll_at = @next_poll_at,
                last_polled_at = @last_polled_at, last_success_at = @last_success_at, last_error_at = @last_error_at, last_error = @last_error,
                consecutive_failures = @failures, fetches = @fetches, not_modified = @not_modified, items_seen = @items_seen, total_latency_ms = @latency
            WHERE id = @id
            """, ("id", source.Id), ("kind", source.Kind), ("etag", source.ETag), ("last_modified", Utc(source.LastModified)),
            ("next_poll_at", Utc(source.NextPollAt)), ("last_polled_at", Utc(h.LastPolledAt)), ("last_success_at", Utc(h.LastSuccessAt)),
            ("last_error_at", Utc(h.LastErrorAt)), ("last_error", h.LastError), ("failures", h.ConsecutiveFailures), ("fetches", h.Fetches),
            ("not_modified", h.NotModified), ("items_seen", h.ItemsSeen), ("latency", h.TotalLatencyMs));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    });

    public Task<WatchedPage?> FindPageAsync(string url, CancellationToken cancellationToken = default) => GuardAsync(async () =>
    {
        await using var command = Command($"""
            SELECT {PageColumns} FROM {_s}.watch_pages WHERE canonical_url = @url
            UNION ALL
            SELECT {PageColumns} FROM {_s}.watch_pages WHERE canonical_url = (SELECT canonical_url FROM {_s}.watch_aliases WHERE url = @url)
            LIMIT 1
            """, ("url", url));
        var pages = await ReadPagesAsync(command, cancellationToken);
        return pages.Count == 0 ? null : pages[0];
    });

    public Task SavePageAsync(WatchedPage page, IReadOnlyCollection<string> aliases, CancellationToken cancellationToken = default) => GuardAsync(async () =>
    {
        await using var connection = await _articles.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var columns = PageColumns.Split(',', StringSplitOptions.TrimEntries);
        await using (var upsert = new NpgsqlCommand($"""
            INSERT INTO {_s}.watch_pages ({PageColumns}) VALUES (@canonical_url, @fetch_url, @source_id, @origin, @etag, @last_modified,
                @listed_updated, @body_hash, @first_seen_at, @last_checked_at, @next_check_at, @checks, @gone_at)
            ON CONFLICT (canonical_url) DO UPDATE SET {string.Join(", ", columns.Skip(1).Select(c => $"{c} = excluded.{c}"))}
            """, connection, transaction))
        {
            AddAll(upsert.Parameters, ("canonical_url", page.CanonicalUrl), ("fetch_url", page.FetchUrl), ("source_id", page.SourceId), ("origin", page.Origin),
                ("etag", page.ETag), ("last_modified", Utc(page.LastModified)), ("listed_updated", Utc(page.ListedUpdated)), ("body_hash", page.BodyHash),
                ("first_seen_at", Utc(page.FirstSeenAt)), ("last_checked_at", Utc(page.LastCheckedAt)), ("next_check_at", Utc(page.NextCheckAt)),
                ("checks", page.Checks), ("gone_at", Utc(page.GoneAt)));
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var alias in aliases.Where(a => a != page.CanonicalUrl))
        {
            await using var insert = new NpgsqlCommand($"""
                INSERT INTO {_s}.watch_aliases (url, canonical_url) VALUES (@url, @canonical)
                ON CONFLICT (url) DO UPDATE SET canonical_url = excluded.canonical_url
                """, connection, transaction);
            AddAll(insert.Parameters, ("url", alias), ("canonical", page.CanonicalUrl));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    });

    public Task<IReadOnlyList<WatchedPage>> DuePagesAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default) => GuardAsync(async () =>
    {
        await using var command = Command($"SELECT {PageColumns} FROM {_s}.watch_pages WHERE next_check_at IS NOT NULL AND next_check_at <= @now ORDER BY next_check_at LIMIT @limit",
            ("now", Utc(now)), ("limit", limit));
        return await ReadPagesAsync(command, cancellationToken);
    });

    public Task<long> CountPagesAsync(CancellationToken cancellationToken = default) => CountAsync("watch_pages", cancellationToken);

    public Task<(string Text, DateTimeOffset Expires)?> GetRobotsAsync(string host, CancellationToken cancellationToken = default) => GuardAsync(async () =>
    {
        await using var command = Command($"SELECT robots, expires_at FROM {_s}.watch_robots WHERE host = @host", ("host", host));
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        return await r.ReadAsync(cancellationToken) ? ((string, DateTimeOffset)?)(r.GetString(0), r.GetFieldValue<DateTimeOffset>(1)) : null;
    });

    public Task SaveRobotsAsync(string host, string text, DateTimeOffset expires, CancellationToken cancellationToken = default) => GuardAsync(async () =>
    {
        await using var command = Command($"""
            INSERT INTO {_s}.watch_robots (host, robots, expires_at) VALUES (@host, @robots, @expires)
            ON CONFLICT (host) DO UPDATE SET robots = excluded.robots, expires_at = excluded.expires_at
            """, ("host", host), ("robots", text), ("expires", Utc(expires)));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    });

    public ValueTask DisposeAsync() => _articles.DisposeAsync();

    private NpgsqlCommand Command(string sql, params (string Name, object? Value)[] values)
    {
        var command = _articles.DataSource.CreateCommand(sql);
        AddAll(command.Parameters, values);
        return command;
    }

    private static void AddAll(NpgsqlParameterCollection parameters, params (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            parameters.Add(value switch
            {
                null => new NpgsqlParameter(name, DBNull.Value),
                Jsonb json => new NpgsqlParameter(name, NpgsqlDbType.Jsonb) { Value = json.Text },
                _ => new NpgsqlParameter(name, value),
            });
        }
    }

    private static DateTimeOffset? Utc(DateTimeOffset? value) => value?.ToUniversalTime();

    private Task<T> GuardAsync<T>(Func<Task<T>> operation) => _articles.GuardAsync(operation);

    /// <summary>Marks a string parameter as jsonb.</summary>
    private sealed record Jsonb(string Text);
}
