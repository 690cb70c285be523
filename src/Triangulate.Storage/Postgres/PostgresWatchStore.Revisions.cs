using Npgsql;
using Triangulate.Core.Storage;

namespace Triangulate.Storage.Postgres;

/// <summary>Revisions and row readers.</summary>
public sealed partial class PostgresWatchStore
{
    public Task<ArticleRevision?> LatestRevisionAsync(string canonicalUrl, CancellationToken cancellationToken = default) => GuardAsync(async () =>
    {
        await using var command = Command($"SELECT {RevisionColumns} FROM {_s}.article_revisions WHERE canonical_url = @url ORDER BY revision DESC LIMIT 1", ("url", canonicalUrl));
        var list = await ReadRevisionsAsync(command, cancellationToken);
        return list.Count == 0 ? null : list[0];
    });

    public Task<bool> AddRevisionAsync(ArticleRevision revision, CancellationToken cancellationToken = default) => GuardAsync(async () =>
    {
        await using var command = Command($"""
            INSERT INTO {_s}.article_revisions ({RevisionColumns}) VALUES (@url, @revision, @article_id, @hash, @title, @seen_at, @changes)
            ON CONFLICT (canonical_url, revision) DO NOTHING
            """, ("url", revision.CanonicalUrl), ("revision", revision.Number), ("article_id", revision.ArticleId), ("hash", revision.ContentHash),
            ("title", revision.Title), ("seen_at", Utc(revision.SeenAt)), ("changes", new Jsonb(WatchJsonContext.Write(revision.Changes))));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    });

    public Task<IReadOnlyList<ArticleRevision>> RevisionsAsync(string canonicalUrl, CancellationToken cancellationToken = default) => GuardAsync(async () =>
    {
        await using var command = Command($"SELECT {RevisionColumns} FROM {_s}.article_revisions WHERE canonical_url = @url ORDER BY revision", ("url", canonicalUrl));
        return await ReadRevisionsAsync(command, cancellationToken);
    });

    public Task<IReadOnlyList<ArticleRevision>> RevisionsOfArticleAsync(string articleId, CancellationToken cancellationToken = default) => GuardAsync(async () =>
    {
        await using var command = Command($"""
            SELECT {RevisionColumns} FROM {_s}.article_revisions
            WHERE canonical_url IN (SELECT canonical_url FROM {_s}.article_revisions WHERE article_id = @id) ORDER BY canonical_url, revision
            """, ("id", articleId));
        return await ReadRevisionsAsync(command, cancellationToken);
    });

    public Task<long> CountRevisionsAsync(CancellationToken cancellationToken = default) => CountAsync("article_revisions", cancellationToken);

    private Task<long> CountAsync(string table, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var command = Command($"SELECT count(*) FROM {_s}.{table}");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    });

    private static async Task<IReadOnlyList<WatchedSource>> ReadSourcesAsync(NpgsqlCommand command, CancellationToken ct)
    {
        var list = new List<WatchedSource>();
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            list.Add(new WatchedSource(r.GetInt64(0), r.GetString(1))
            {
                Kind = Text(r, 2),
                AddedAt = Time(r, 3)!.Value,
                ETag = Text(r, 4),
                LastModified = Time(r, 5),
                NextPollAt = Time(r, 6)!.Value,
                Health = new SourceHealth
                {
                    LastPolledAt = Time(r, 7),
                    LastSuccessAt = Time(r, 8),
                    LastErrorAt = Time(r, 9),
                    LastError = Text(r, 10),
                    ConsecutiveFailures = r.GetInt32(11),
                    Fetches = r.GetInt64(12),
                    NotModified = r.GetInt64(13),
                    ItemsSeen = r.GetInt64(14),
                    TotalLatencyMs = r.GetInt64(15),
                },
            });
        }

        return list;
    }

    private static async Task<IReadOnlyList<WatchedPage>> ReadPagesAsync(NpgsqlCommand command, CancellationToken ct)
    {
        var list = new List<WatchedPage>();
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            list.Add(new WatchedPage(r.GetString(0), r.GetString(1))
            {
                SourceId = r.IsDBNull(2) ? null : r.GetInt64(2),
                Origin = r.GetString(3),
                ETag = Text(r, 4),
                LastModified = Time(r, 5),
                ListedUpdated = Time(r, 6),
                BodyHash = Text(r, 7),
                FirstSeenAt = Time(r, 8)!.Value,
                LastCheckedAt = Time(r, 9),
                NextCheckAt = Time(r, 10),
                Checks = r.GetInt32(11),
                GoneAt = Time(r, 12),
            });
        }

        return list;
    }

    private static async Task<IReadOnlyList<ArticleRevision>> ReadRevisionsAsync(NpgsqlCommand command, CancellationToken ct)
    {
        var list = new List<ArticleRevision>();
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            list.Add(new ArticleRevision(r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetString(3), Time(r, 5)!.Value)
            {
                Title = Text(r, 4),
                Changes = WatchJsonContext.Read(r.GetString(6)),
            });
        }

        return list;
    }

    private static string? Text(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DateTimeOffset? Time(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateTimeOffset>(i);
}
