namespace Triangulate.Core.Living;

/// <summary>
/// The living story state kept beside the articles: annotations, lineage and story membership, story rows
/// with their computed sections, and the history of changes. Readers call the methods here and always see
/// the last committed state; the one writer works inside an <see cref="IStoryWriteSession"/>, which holds
/// the store's write lock (across processes too) from its first read to its commit.
/// Implemented by the SQLite and PostgreSQL article stores; both pass the same contract tests.
/// </summary>
public interface IStoryStore
{
    /// <summary>Opens a write session: takes the store's write lock, waiting for another writer to finish.</summary>
    /// <exception cref="Storage.StoreException">The lock could not be taken in time, or the store failed.</exception>
    Task<IStoryWriteSession> BeginWriteAsync(CancellationToken cancellationToken = default);

    /// <summary>A story by its id or by an alias that a merge left behind; null when neither exists.</summary>
    Task<StoryRecord?> GetStoryAsync(string idOrAlias, CancellationToken cancellationToken = default);

    /// <summary>A story's row as <see cref="GetStoryAsync"/> gives it but without <see cref="StoryRecord.SectionsJson"/>: cheap
    /// enough for every read of a reader that keeps the sections it parsed (the row changes whenever they do).</summary>
    async Task<StoryRecord?> GetStoryHeadAsync(string idOrAlias, CancellationToken cancellationToken = default) =>
        await GetStoryAsync(idOrAlias, cancellationToken).ConfigureAwait(false) is { } record ? record with { SectionsJson = null } : null;

    /// <summary>Stories filtered, sorted and paged (see <see cref="StoryListQuery"/>).</summary>
    Task<StoryListPage> ListStoriesAsync(StoryListQuery query, CancellationToken cancellationToken = default);

    /// <summary>Story events in commit order after <see cref="StoryEventQuery.AfterSeq"/> and at or after
    /// <see cref="StoryEventQuery.Since"/>.</summary>
    Task<IReadOnlyList<StoryEventRecord>> ListEventsAsync(StoryEventQuery query, CancellationToken cancellationToken = default);

    /// <summary>The member article ids of a story in commit order (at most <paramref name="limit"/>, newest kept when capped).</summary>
    Task<IReadOnlyList<string>> StoryArticleIdsAsync(string storyId, int limit, CancellationToken cancellationToken = default);

    /// <summary>Headline facts of the given articles (title, outlet, date, url, lineage), for lists inside a story.</summary>
    Task<IReadOnlyList<ArticleBriefRecord>> ArticleBriefsAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken = default);

    /// <summary>An article's stored annotations; null when it has none (stored by the extract-only path).</summary>
    Task<AnnotationRecord?> GetAnnotationsAsync(string articleId, CancellationToken cancellationToken = default);

    /// <summary>Counts and invariant checks over the whole store (for <c>triangulate verify</c>).</summary>
    Task<StoreHealth> CheckAsync(CancellationToken cancellationToken = default);
}
