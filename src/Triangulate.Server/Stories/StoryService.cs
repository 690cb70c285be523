using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Storage;
using Triangulate.Engine;
using Triangulate.Reports.Building;
using Triangulate.Server.Logging;

namespace Triangulate.Server.Stories;

/// <summary>
/// The one place stories come from. There is no story store yet: stories are computed by running the
/// corpus stages over the newest stored articles, cached in memory, and invalidated by ingest. When no
/// corpus stage is installed the snapshot is <see cref="StorySnapshot.Unavailable"/> and nothing is read.
/// To persist stories later, replace <see cref="BuildAsync"/> with a read from the story store.
/// </summary>
public sealed class StoryService(IArticleStore store, PipelineRunner runner, ArticleAnnotator annotator, ServerOptions options, ServerMetrics metrics, ILogger<StoryService> logger)
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
                _current = Task.Run(() => BuildLoggedAsync(CancellationToken.None));
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

        ServerLog.StoriesInvalidated(logger);
    }

    /// <summary>A failed computation is logged with its exception and counted, never swallowed: the reader gets a 500
    /// and the next read tries again.</summary>
    private async Task<StorySnapshot> BuildLoggedAsync(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var snapshot = await BuildAsync(ct).ConfigureAwait(false);
            metrics.StoryBuild(ok: true, clock.Elapsed);
            if (!snapshot.Available)
            {
                ServerLog.StoriesUnavailable(logger);
            }
            else
            {
                ServerLog.StoriesBuilt(logger, snapshot.StoryCount, snapshot.ArticleCount, clock.ElapsedMilliseconds);
            }

            return snapshot;
        }
        catch (Exception ex)
        {
            metrics.StoryBuild(ok: false, clock.Elapsed);
            ServerLog.StoryBuildFailed(logger, ex, clock.ElapsedMilliseconds);
            throw;
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
        LogStageProblems(context);
        var dossier = new DossierBuilder().Build(articles, [], context);
        return new StorySnapshot(true, dossier);
    }

    /// <summary>A corpus stage that failed leaves an empty or partial story list; the log says which and why.</summary>
    private void LogStageProblems(CorpusContext context)
    {
        foreach (var d in context.Diagnostics)
        {
            if (d.Level == Core.Diagnostics.DiagnosticLevel.Error)
            {
                ServerLog.StoryStageFailed(logger, d.Code, d.Message);
            }
            else if (d.Level == Core.Diagnostics.DiagnosticLevel.Warning)
            {
                ServerLog.StoryStageWarning(logger, d.Code, d.Message);
            }
        }
    }
}
