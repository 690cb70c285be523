namespace Triangulate.Core.Storage;

/// <summary>Revisions of watched articles (see <see cref="ArticleRevision"/>); append-only.</summary>
public interface IRevisionStore : IAsyncDisposable
{
    /// <summary>The newest revision of the article at <paramref name="canonicalUrl"/>; null when none is stored.</summary>
    Task<ArticleRevision?> LatestRevisionAsync(string canonicalUrl, CancellationToken cancellationToken = default);

    /// <summary>Appends a revision; false (and nothing written) when that number is already stored for the address.</summary>
    Task<bool> AddRevisionAsync(ArticleRevision revision, CancellationToken cancellationToken = default);

    /// <summary>All revisions of the article at <paramref name="canonicalUrl"/>, oldest first.</summary>
    Task<IReadOnlyList<ArticleRevision>> RevisionsAsync(string canonicalUrl, CancellationToken cancellationToken = default);

    /// <summary>All revisions of the article that <paramref name="articleId"/> is a revision of, oldest first; empty when it is none.</summary>
    Task<IReadOnlyList<ArticleRevision>> RevisionsOfArticleAsync(string articleId, CancellationToken cancellationToken = default);

    Task<long> CountRevisionsAsync(CancellationToken cancellationToken = default);
}
