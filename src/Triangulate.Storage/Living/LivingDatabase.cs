using System.Data.Common;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Model;
using Triangulate.Core.Storage;

namespace Triangulate.Storage.Living;

/// <summary>
/// What the shared living-state SQL needs from one database engine: qualified table names, connections, the
/// write lock, and the engine's own article mapping (articles are written in the same transaction). Both
/// engines accept <c>@name</c> parameters, <c>ON CONFLICT … DO UPDATE</c> and <c>RETURNING</c>, so everything
/// else is one SQL text.
/// </summary>
internal abstract class LivingDatabase
{
    /// <summary>How long a write session waits for another process's writer (a batch or a section recompute), on
    /// either engine.</summary>
    protected static readonly TimeSpan WriterWait = TimeSpan.FromSeconds(60);

    public abstract string Description { get; }

    /// <summary>The table name as used in SQL (schema-qualified on PostgreSQL).</summary>
    public abstract string T(string table);

    public abstract Task<DbConnection> OpenReadAsync(CancellationToken cancellationToken);

    /// <summary>Opens a connection and a transaction that holds the store's write lock.</summary>
    public abstract Task<(DbConnection Connection, DbTransaction Transaction)> BeginWriteAsync(CancellationToken cancellationToken);

    /// <summary>A read-only snapshot transaction that takes no write lock.</summary>
    public abstract Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Called when a write session ends (after commit or rollback), to release in-process gates.</summary>
    public virtual void EndWrite()
    {
    }

    /// <summary>Inserts articles (already known to be new) inside <paramref name="transaction"/>.</summary>
    public abstract Task InsertArticlesAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<Article> articles, DateTimeOffset storedAt, CancellationToken cancellationToken);

    /// <summary>The article columns as <see cref="ReadArticle"/> expects them, prefixed with <c>a.</c>.</summary>
    public abstract string ArticleColumns { get; }

    public abstract Article ReadArticle(DbDataReader reader);

    /// <summary>Turns an exception into a <see cref="Core.Storage.StoreException"/>, or null to let it through: the
    /// engine maps its driver's errors; a row that does not parse is <see cref="ErrorCodes.StoreCorrupt"/> on both.</summary>
    public Exception? Map(Exception exception) =>
        MapDriver(exception) ?? (StoreFailures.IsMalformedRow(exception) ? StoreFailures.MalformedRow(Description, exception) : null);

    /// <summary>The engine's own mapping of its driver's exceptions, or null for any other exception.</summary>
    protected abstract Exception? MapDriver(Exception exception);

    /// <summary>Store columns as the shared SQL selects them from the articles table (aliased <c>a</c>).</summary>
    protected static string OfArticlesTable(string columns) => string.Join(", ", columns.Split(", ").Select(c => "a." + c));

    public async Task<T> GuardAsync<T>(Func<Task<T>> operation)
    {
        try
        {
            return await operation().ConfigureAwait(false);
        }
        catch (Exception ex) when (Map(ex) is { } mapped)
        {
            throw mapped;
        }
    }
}
