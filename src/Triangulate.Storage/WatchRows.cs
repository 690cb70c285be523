using System.Data.Common;
using Triangulate.Core.Storage;
using Triangulate.Storage.Living;

namespace Triangulate.Storage;

/// <summary>
/// The watcher's rows as both stores read them: the same columns in the same order, and one mapping to records.
/// Only the time columns differ (ISO text in SQLite, timestamptz in PostgreSQL), so each store passes its reader.
/// </summary>
internal static class WatchRows
{
    public const string SourceColumns = """
        id, url, kind, added_at, etag, last_modified, next_poll_at, last_polled_at, last_success_at, last_error_at, last_error,
        consecutive_failures, fetches, not_modified, items_seen, total_latency_ms
        """;

    public const string PageColumns = """
        canonical_url, fetch_url, source_id, origin, etag, last_modified, listed_updated, body_hash, first_seen_at,
        last_checked_at, next_check_at, checks, gone_at
        """;

    public const string RevisionColumns = "canonical_url, revision, article_id, content_hash, title, seen_at, changes";

    public static async Task<IReadOnlyList<T>> ReadAllAsync<T>(DbCommand command, Func<DbDataReader, T> map, CancellationToken ct)
    {
        var list = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            list.Add(map(reader));
        }

        return list;
    }

    public static WatchedSource Source(DbDataReader r, Func<DbDataReader, int, DateTimeOffset?> time) => new(r.GetInt64(0), r.GetString(1))
    {
        Kind = Sql.NullableString(r, 2),
        AddedAt = time(r, 3)!.Value,
        ETag = Sql.NullableString(r, 4),
        LastModified = time(r, 5),
        NextPollAt = time(r, 6)!.Value,
        Health = new SourceHealth
        {
            LastPolledAt = time(r, 7),
            LastSuccessAt = time(r, 8),
            LastErrorAt = time(r, 9),
            LastError = Sql.NullableString(r, 10),
            ConsecutiveFailures = r.GetInt32(11),
            Fetches = r.GetInt64(12),
            NotModified = r.GetInt64(13),
            ItemsSeen = r.GetInt64(14),
            TotalLatencyMs = r.GetInt64(15),
        },
    };

    public static WatchedPage Page(DbDataReader r, Func<DbDataReader, int, DateTimeOffset?> time) => new(r.GetString(0), r.GetString(1))
    {
        SourceId = r.IsDBNull(2) ? null : r.GetInt64(2),
        Origin = r.GetString(3),
        ETag = Sql.NullableString(r, 4),
        LastModified = time(r, 5),
        ListedUpdated = time(r, 6),
        BodyHash = Sql.NullableString(r, 7),
        FirstSeenAt = time(r, 8)!.Value,
        LastCheckedAt = time(r, 9),
        NextCheckAt = time(r, 10),
        Checks = r.GetInt32(11),
        GoneAt = time(r, 12),
    };

    public static ArticleRevision Revision(DbDataReader r, Func<DbDataReader, int, DateTimeOffset?> time) =>
        new(r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetString(3), time(r, 5)!.Value)
        {
            Title = Sql.NullableString(r, 4),
            Changes = WatchJsonContext.Read(r.GetString(6)),
        };
}
