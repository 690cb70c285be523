using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Storage;
using Triangulate.Engine;
using Triangulate.Reports.Building;

namespace Triangulate.Server.Stories;

/// <summary>
/// The one place stories come from. There is no story store yet: stories are computed by running the
/// corpus stages over the newest stored articles, cached in memory, and invalidated by ingest. When no
/// corpus stage is installed the snapshot is <see cref="StorySnapshot.Unavailable"/> and nothing is read.
/// To persist stories later, replace <see cref="BuildAsync"/> with a read from the story store.
/// </summary>
public sealed class StoryService(IArticleStore store, PipelineRunner runner, ArticleAnnotator annotator, ServerOptions options)
{
    private readonly Lock _lock = new();
    private Task<StorySnapshot>? _current;

    /// <summary>The current snapshot; concurrent readers share one computation.</summary>
    public Task<StorySnapshot> GetAsync()
    {
        lock (_lock)
        {
            if (_current is null || _current.IsFaulted || _current.IsCanceled)
            {
                // Invalidate drops this task, so a snapshot built while an ingest ran is never kept past it.
                _current = Task.Run(() => BuildAsync(CancellationToken.None));
            }

            return _current;
        }
    }

    /// <summary>Called after ingest added articles: the next read recomputes.</summary>
    public void Invalidate()
    {
        lock (_lock)
        {
            _current = null;
        }
    }

    private async Task<StorySnapshot> BuildAsync(CancellationToken ct)
    {
        if (runner.Pipeline.CorpusStages.Count == 0)
        {
            return StorySnapshot.Unavailable;
        }

        var articles = StoredCorpus.InPublicationOrder(await StoredCorpus.LoadNewestAsync(store, options.MaxStoryArticles, null, ct).ConfigureAwait(false));
        Parallel.ForEach(articles, new ParallelOptions { CancellationToken = ct }, a => annotator.Annotate(a, ct));
        var context = new CorpusContext(articles);
        runner.RunCorpus(context, ct);
        var dossier = new DossierBuilder().Build(articles, [], context);
        return new StorySnapshot(true, dossier);
    }
}
