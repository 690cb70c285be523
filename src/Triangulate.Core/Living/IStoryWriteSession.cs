using Triangulate.Core.Model;

namespace Triangulate.Core.Living;

/// <summary>
/// One write transaction on the living state, holding the store's write lock. Everything read here is
/// consistent with what <see cref="CommitAsync"/> writes; disposing without committing rolls back, and a
/// process killed at any moment leaves the store as of the last commit.
/// </summary>
public interface IStoryWriteSession : IAsyncDisposable
{
    /// <summary>Which of <paramref name="ids"/> are already stored articles.</summary>
    Task<IReadOnlySet<string>> FindStoredAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>An engine state entry (counters, checkpoints); null when never written.</summary>
    Task<byte[]?> GetStateAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Every known name, in learning order per kind.</summary>
    Task<IReadOnlyList<KnownName>> KnownNamesAsync(CancellationToken cancellationToken = default);

    /// <summary>Vocabulary terms with id ≥ <paramref name="fromId"/>, in id order.</summary>
    Task<IReadOnlyList<string>> TermsAsync(int fromId, CancellationToken cancellationToken = default);

    /// <summary>Stored articles (text and metadata) for the ids that exist, in no particular order.</summary>
    Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AnnotationRecord>> GetAnnotationsAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken = default);

    /// <summary>Lineage rows of the given articles.</summary>
    Task<IReadOnlyList<LineageRecord>> GetLineageRowsAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken = default);

    /// <summary>The members of a lineage in commit order, at most <paramref name="limit"/> (the first ones).</summary>
    Task<IReadOnlyList<LineageRecord>> GetLineageAsync(string lineageId, int limit, CancellationToken cancellationToken = default);

    /// <summary>The first <paramref name="limitEach"/> members (commit order) of each of the given lineages, lineage
    /// by lineage in ordinal id order: one round trip for what <see cref="GetLineageAsync"/> does per lineage.</summary>
    async Task<IReadOnlyList<LineageRecord>> GetLineagesAsync(IReadOnlyCollection<string> lineageIds, int limitEach, CancellationToken cancellationToken = default)
    {
        var result = new List<LineageRecord>();
        foreach (var lineage in lineageIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            result.AddRange(await GetLineageAsync(lineage, limitEach, cancellationToken).ConfigureAwait(false));
        }

        return result;
    }

    /// <summary>Content hash → lineage id for the hashes some stored article has (the oldest such article's lineage).</summary>
    Task<IReadOnlyDictionary<long, string>> FindContentAsync(IReadOnlyCollection<long> contentHashes, CancellationToken cancellationToken = default);

    /// <summary>Lineage rows of articles published at or after <paramref name="from"/>, plus the last
    /// <paramref name="undated"/> undated ones, in commit order; at most <paramref name="limit"/> (the newest).</summary>
    Task<IReadOnlyList<LineageRecord>> LineageWindowAsync(DateTimeOffset from, int undated, int limit, CancellationToken cancellationToken = default);

    /// <summary>Which of <paramref name="ids"/> are taken: a story's id or an alias.</summary>
    Task<IReadOnlySet<string>> TakenStoryIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Stored stories whose candidate terms overlap <paramref name="terms"/>, best summed weight first.
    /// Each term reads at most <paramref name="perTerm"/> postings (its heaviest), so the cost is bounded.</summary>
    Task<IReadOnlyList<string>> FindStoryCandidatesAsync(IReadOnlyList<TermWeight> terms, int perTerm, int max, CancellationToken cancellationToken = default);

    /// <summary>The clustering state of the given stories (ids that do not exist are skipped).</summary>
    Task<IReadOnlyList<StoryStateRecord>> GetStoryStatesAsync(IReadOnlyCollection<string> storyIds, CancellationToken cancellationToken = default);

    /// <summary>Stories marked live (in the clusterer's window when last committed), most recently active first.</summary>
    Task<IReadOnlyList<StoryStateRecord>> LiveStoryStatesAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>Member article ids of a story in commit order (at most <paramref name="limit"/>, the newest when capped).</summary>
    Task<IReadOnlyList<string>> StoryArticleIdsAsync(string storyId, int limit, CancellationToken cancellationToken = default);

    /// <summary>Story membership rows with seq greater than <paramref name="afterSeq"/>, in seq order.</summary>
    Task<IReadOnlyList<MembershipRecord>> MembersAfterAsync(long afterSeq, int limit, CancellationToken cancellationToken = default);

    /// <summary>Stories whose sections wait for a recompute, oldest change first.</summary>
    Task<IReadOnlyList<DirtyStory>> DirtyStoriesAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>A story's stored sections (JSON) and their version; null when it has none yet.</summary>
    Task<StoredSections?> GetSectionsAsync(string storyId, CancellationToken cancellationToken = default);

    /// <summary>Stories with a facet of <paramref name="kind"/> starting with <paramref name="prefix"/> (lower case): one
    /// index range, at most <paramref name="limit"/> stories.</summary>
    Task<IReadOnlyList<string>> StoriesByFacetPrefixAsync(string kind, string prefix, int limit, CancellationToken cancellationToken = default);

    /// <summary>Stories not yet marked quiet whose last article is older than <paramref name="before"/>.</summary>
    Task<IReadOnlyList<string>> QuietCandidatesAsync(DateTimeOffset before, int limit, CancellationToken cancellationToken = default);

    /// <summary>Stored article ids whose annotations are missing or of another version than <paramref name="version"/>,
    /// in id order after <paramref name="afterId"/>.</summary>
    Task<IReadOnlyList<string>> StaleAnnotationsAsync(string version, string afterId, int limit, CancellationToken cancellationToken = default);

    /// <summary>Stored article ids that belong to no story (stored by <c>--stages extract</c>), in id order after <paramref name="afterId"/>.</summary>
    Task<IReadOnlyList<string>> UnassignedArticlesAsync(string afterId, int limit, CancellationToken cancellationToken = default);

    /// <summary>Stories whose sections were computed by another section version than <paramref name="version"/>.</summary>
    Task<IReadOnlyList<string>> StaleSectionsAsync(string version, int limit, CancellationToken cancellationToken = default);

    /// <summary>Writes everything in <paramref name="commit"/> and commits the transaction. The session cannot be used afterwards.</summary>
    Task CommitAsync(StoryCommit commit, CancellationToken cancellationToken = default);
}
