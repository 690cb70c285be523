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

    private static Task<IReadOnlyList<WatchedSource>> ReadSourcesAsync(NpgsqlCommand command, CancellationToken ct) =>
        WatchRows.ReadAllAsync(command, r => WatchRows.Source(r, Time), ct);

    private static Task<IReadOnlyList<WatchedPage>> ReadPagesAsync(NpgsqlCommand command, CancellationToken ct) =>
        WatchRows.ReadAllAsync(command, r => WatchRows.Page(r, Time), ct);

    private static Task<IReadOnlyList<ArticleRevision>> ReadRevisionsAsync(NpgsqlCommand command, CancellationToken ct) =>
        WatchRows.ReadAllAsync(command, r => WatchRows.Revision(r, Time), ct);

    private static DateTimeOffset? Time(System.Data.Common.DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateTimeOffset>(i);
}
