using Triangulate.Core.Living;

namespace Triangulate.Storage.Sqlite;

// The living story state (Living/LivingStore) on this store's file.
public sealed partial class SqliteArticleStore : IStoryStore
{
    public Task<IStoryWriteSession> BeginWriteAsync(CancellationToken cancellationToken = default) => _living.BeginWriteAsync(cancellationToken);

    public Task<StoryRecord?> GetStoryAsync(string idOrAlias, CancellationToken cancellationToken = default) => _living.GetStoryAsync(idOrAlias, cancellationToken);

    public Task<StoryRecord?> GetStoryHeadAsync(string idOrAlias, CancellationToken cancellationToken = default) => _living.GetStoryHeadAsync(idOrAlias, cancellationToken);

    public Task<StoryListPage> ListStoriesAsync(StoryListQuery query, CancellationToken cancellationToken = default) => _living.ListStoriesAsync(query, cancellationToken);

    public Task<IReadOnlyList<StoryEventRecord>> ListEventsAsync(StoryEventQuery query, CancellationToken cancellationToken = default) => _living.ListEventsAsync(query, cancellationToken);

    public Task<IReadOnlyList<string>> StoryArticleIdsAsync(string storyId, int limit, CancellationToken cancellationToken = default) => _living.StoryArticleIdsAsync(storyId, limit, cancellationToken);

    public Task<IReadOnlyList<ArticleBriefRecord>> ArticleBriefsAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken = default) => _living.ArticleBriefsAsync(articleIds, cancellationToken);

    public Task<AnnotationRecord?> GetAnnotationsAsync(string articleId, CancellationToken cancellationToken = default) => _living.GetAnnotationsAsync(articleId, cancellationToken);

    public Task<StoreHealth> CheckAsync(CancellationToken cancellationToken = default) => _living.CheckAsync(cancellationToken);
}
