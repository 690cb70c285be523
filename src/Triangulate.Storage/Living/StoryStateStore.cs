using Triangulate.Core.Living;

namespace Triangulate.Storage.Living;

/// <summary>
/// The living story state half of a store, written once for both engines: every <see cref="IStoryStore"/> call
/// goes to the shared <see cref="LivingStore"/> SQL, which reaches the engine through the store's
/// <see cref="LivingDatabase"/>. Only the stores of this assembly derive from it.
/// </summary>
public abstract class StoryStateStore : IStoryStore
{
    private protected StoryStateStore()
    {
    }

    /// <summary>Set by the store's constructor, once the store can hand out its database.</summary>
    private protected LivingStore Living { get; init; } = null!;

    public Task<IStoryWriteSession> BeginWriteAsync(CancellationToken cancellationToken = default) => Living.BeginWriteAsync(cancellationToken);

    public Task<StoryRecord?> GetStoryAsync(string idOrAlias, CancellationToken cancellationToken = default) => Living.GetStoryAsync(idOrAlias, cancellationToken);

    public Task<StoryRecord?> GetStoryHeadAsync(string idOrAlias, CancellationToken cancellationToken = default) => Living.GetStoryHeadAsync(idOrAlias, cancellationToken);

    public Task<StoryListPage> ListStoriesAsync(StoryListQuery query, CancellationToken cancellationToken = default) => Living.ListStoriesAsync(query, cancellationToken);

    public Task<IReadOnlyList<StoryEventRecord>> ListEventsAsync(StoryEventQuery query, CancellationToken cancellationToken = default) => Living.ListEventsAsync(query, cancellationToken);

    public Task<IReadOnlyList<string>> StoryArticleIdsAsync(string storyId, int limit, CancellationToken cancellationToken = default) => Living.StoryArticleIdsAsync(storyId, limit, cancellationToken);

    public Task<IReadOnlyList<ArticleBriefRecord>> ArticleBriefsAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken = default) => Living.ArticleBriefsAsync(articleIds, cancellationToken);

    public Task<AnnotationRecord?> GetAnnotationsAsync(string articleId, CancellationToken cancellationToken = default) => Living.GetAnnotationsAsync(articleId, cancellationToken);

    public Task<StoreHealth> CheckAsync(CancellationToken cancellationToken = default) => Living.CheckAsync(cancellationToken);
}
