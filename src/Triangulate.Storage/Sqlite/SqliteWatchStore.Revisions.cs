using Microsoft.Data.Sqlite;
using Triangulate.Core.Storage;

namespace Triangulate.Storage.Sqlite;

/// <summary>Revisions, and the connection plumbing shared with the sources half.</summary>
public sealed partial class SqliteWatchStore
{
    public Task<ArticleRevision?> LatestRevisionAsync(string canonicalUrl, CancellationToken cancellationToken = default) => ReadAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {RevisionColumns} FROM article_revisions WHERE canonical_url = $url ORDER BY revision DESC LIMIT 1";
        command.Parameters.AddWithValue("$url", canonicalUrl);
        var list = await ReadRevisionsAsync(command, cancellationToken);
        return list.Count == 0 ? null : list[0];
    }, cancellationToken);

    public Task<bool> AddRevisionAsync(ArticleRevision revision, CancellationToken cancellationToken = default) => WriteAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            INSERT INTO article_revisions ({RevisionColumns}) VALUES ($url, $revision, $article_id, $hash, $title, $seen_at, $changes)
            ON CONFLICT (canonical_url, revision) DO NOTHING
            """;
        Add(command, ("$url", revision.CanonicalUrl), ("$revision", revision.Number), ("$article_id", revision.ArticleId), ("$hash", revision.ContentHash),
            ("$title", revision.Title), ("$seen_at", WatchTime.Write(revision.SeenAt)), ("$changes", WatchJsonContext.Write(revision.Changes)));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }, cancellationToken);

    public Task<IReadOnlyList<ArticleRevision>> RevisionsAsync(string canonicalUrl, CancellationToken cancellationToken = default) => ReadAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {RevisionColumns} FROM article_revisions WHERE canonical_url = $url ORDER BY revision";
        command.Parameters.AddWithValue("$url", canonicalUrl);
        return await ReadRevisionsAsync(command, cancellationToken);
    }, cancellationToken);

    public Task<IReadOnlyList<ArticleRevision>> RevisionsOfArticleAsync(string articleId, CancellationToken cancellationToken = default) => ReadAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {RevisionColumns} FROM article_revisions
            WHERE canonical_url IN (SELECT canonical_url FROM article_revisions WHERE article_id = $id) ORDER BY canonical_url, revision
            """;
        command.Parameters.AddWithValue("$id", articleId);
        return await ReadRevisionsAsync(command, cancellationToken);
    }, cancellationToken);

    public Task<long> CountRevisionsAsync(CancellationToken cancellationToken = default) => CountAsync("article_revisions", cancellationToken);

    private static Task<IReadOnlyList<ArticleRevision>> ReadRevisionsAsync(SqliteCommand command, CancellationToken ct) =>
        WatchRows.ReadAllAsync(command, r => WatchRows.Revision(r, Time), ct);

    private Task<long> CountAsync(string table, CancellationToken cancellationToken) => ReadAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM " + table;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }, cancellationToken);

    private Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> operation, CancellationToken cancellationToken) => _articles.GuardAsync(async () =>
    {
        await using var connection = await _articles.OpenConnectionAsync(cancellationToken);
        return await operation(connection);
    });

    /// <summary>Writes from this process take turns, as in the article store; other processes wait on SQLite's busy timeout.</summary>
    private async Task<T> WriteAsync<T>(Func<SqliteConnection, Task<T>> operation, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            return await ReadAsync(operation, cancellationToken);
        }
        finally
        {
            _writeGate.Release();
        }
    }
}
