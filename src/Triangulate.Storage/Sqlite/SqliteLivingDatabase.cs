using System.Data.Common;
using Microsoft.Data.Sqlite;
using Triangulate.Core.Model;
using Triangulate.Storage.Living;

namespace Triangulate.Storage.Sqlite;

/// <summary>The living-state SQL's view of a SQLite store: BEGIN IMMEDIATE is the write lock across processes,
/// an in-process gate keeps this process's writers from busy-waiting on each other.</summary>
internal sealed class SqliteLivingDatabase(SqliteArticleStore store) : LivingDatabase
{
    public override string Description => store.Description;

    public override string T(string table) => table;

    public override string ArticleColumns { get; } = OfArticlesTable(ArticleRowReader.Columns);

    public override async Task<DbConnection> OpenReadAsync(CancellationToken cancellationToken) =>
        await store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public override async Task<(DbConnection, DbTransaction)> BeginWriteAsync(CancellationToken cancellationToken)
    {
        await store.WriteGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        SqliteConnection? connection = null;
        try
        {
            connection = await store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (var wait = connection.CreateCommand())
            {
                wait.CommandText = $"PRAGMA busy_timeout = {(int)WriterWait.TotalMilliseconds}";
                await wait.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            // deferred: false is BEGIN IMMEDIATE: the write lock is taken here, not at the first write.
            var transaction = connection.BeginTransaction(deferred: false);
            return (connection, transaction);
        }
        catch
        {
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }

            store.WriteGate.Release();
            throw;
        }
    }

    public override Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));

    public override void EndWrite() => store.WriteGate.Release();

    public override async Task InsertArticlesAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<Article> articles, DateTimeOffset storedAt, CancellationToken cancellationToken)
    {
        await using var command = ((SqliteConnection)connection).CreateCommand();
        command.Transaction = (SqliteTransaction)transaction;
        command.CommandText = SqliteArticleStore.InsertSql;
        var parameters = SqliteArticleMapping.CreateInsertParameters(command);
        foreach (var article in articles)
        {
            SqliteArticleMapping.Bind(parameters, ArticleRow.From(article, storedAt));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public override Article ReadArticle(DbDataReader reader) => SqliteArticleMapping.ReadRow((SqliteDataReader)reader).ToArticle();

    protected override Exception? MapDriver(Exception exception) =>
        exception is SqliteException ex ? SqliteErrors.Map(ex, store.FilePath) : null;
}
