using System.Data.Common;
using Npgsql;
using Triangulate.Core.Model;
using Triangulate.Core.Storage;
using Triangulate.Storage.Living;

namespace Triangulate.Storage.Postgres;

/// <summary>The living-state SQL's view of a PostgreSQL store: a transaction-scoped advisory lock per schema is
/// the write lock, so writers in any process take turns while readers see the last commit.</summary>
internal sealed class PostgresLivingDatabase(PostgresArticleStore store) : LivingDatabase
{
    public override string Description => store.Description;

    public override string T(string table) => store.Schema + "." + table;

    public override string ArticleColumns { get; } = OfArticlesTable(PostgresArticleMapping.SelectColumns);

    public override async Task<DbConnection> OpenReadAsync(CancellationToken cancellationToken) =>
        await store.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public override async Task<(DbConnection, DbTransaction)> BeginWriteAsync(CancellationToken cancellationToken)
    {
        var connection = await store.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var ms = (int)WriterWait.TotalMilliseconds;
            await using (var wait = new NpgsqlCommand($"SET LOCAL lock_timeout = {ms}", connection))
            {
                await wait.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext('triangulate-writer:' || @schema))", connection))
            {
                lockCommand.Parameters.AddWithValue("schema", store.Schema);
                await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await store.SetLockTimeoutAsync(connection, cancellationToken).ConfigureAwait(false);
            return (connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public override async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);

    public override async Task InsertArticlesAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<Article> articles, DateTimeOffset storedAt, CancellationToken cancellationToken)
    {
        var order = PostgresArticleStore.InsertOrder(articles);
        var results = new StoreAddResult[articles.Count];
        foreach (var chunk in order.Chunk(500))
        {
            await store.InsertChunkAsync((NpgsqlConnection)connection, articles, chunk, storedAt, results, cancellationToken).ConfigureAwait(false);
        }
    }

    public override Article ReadArticle(DbDataReader reader) => PostgresArticleMapping.ReadRow((NpgsqlDataReader)reader).ToArticle();

    protected override Exception? MapDriver(Exception exception) =>
        exception is NpgsqlException ex ? PostgresErrors.Map(ex, store.Description) : null;
}
