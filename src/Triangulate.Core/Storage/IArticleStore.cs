using Triangulate.Core.Model;

namespace Triangulate.Core.Storage;

/// <summary>
/// Durable article storage. Articles are keyed by their stable content id, so adding an article that is
/// already stored changes nothing and says so. Implementations: SQLite (embedded default), PostgreSQL
/// (scale-out). Every implementation must pass the store contract test suite.
/// </summary>
public interface IArticleStore : IAsyncDisposable
{
    /// <summary>A short description for messages ("sqlite:/path/to.db").</summary>
    string Description { get; }

    /// <summary>Adds articles in one transaction; returns, per article, whether it was new.</summary>
    /// <exception cref="StoreException">The store cannot be written (locked, corrupt, full).</exception>
    Task<IReadOnlyList<StoreAddResult>> AddAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default);

    /// <summary>The stored article with its text, metadata and removed boilerplate; null when absent.
    /// Annotation layers are not stored: they are recomputed by the pipeline.</summary>
    Task<Article?> GetAsync(string id, CancellationToken cancellationToken = default);

    Task<long> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>Stored articles, newest first (by publication date, unknown last), paged.</summary>
    Task<IReadOnlyList<ArticleSummary>> ListAsync(int offset, int limit, CancellationToken cancellationToken = default);

    /// <summary>Full-text search over title and text; best matches first.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken = default);
}

/// <summary>Whether an article was new to the store.</summary>
public sealed record StoreAddResult(string Id, bool Added);

/// <summary>An article's listing row.</summary>
public sealed record ArticleSummary(string Id, string Input, string? Outlet, string? Title, DateTimeOffset? Published, int Length, DateTimeOffset StoredAt);

/// <summary>A search hit with a short highlighted snippet.</summary>
public sealed record SearchHit(string Id, string? Title, string? Outlet, string Snippet, double Score);
