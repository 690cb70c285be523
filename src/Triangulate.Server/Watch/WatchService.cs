using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Triangulate.Core.Living;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Revisions;
using Triangulate.Core.Storage;
using Triangulate.Engine;
using Triangulate.Engine.Living;
using Triangulate.Ingest.Web;
using Triangulate.Server.Logging;
using Triangulate.Server.Stories;
using Triangulate.Storage;
using Triangulate.Watch;

namespace Triangulate.Server.Watch;

/// <summary>
/// <c>serve --watch FILE</c>: the same watcher as <c>triangulate watch</c>, running beside the API over the server's
/// store. The watcher stores articles and their revisions; after a cycle that stored something the living engine
/// gives the new articles their lineages and stories (the same path as <c>triangulate reprocess</c> for articles
/// stored without a story), so the story pages follow the watched sources.
/// </summary>
internal sealed class WatchService(ServerOptions options, IArticleStore articles, PipelineRunner runner, StoryEngine engine, LivingMaintenance maintenance, ILogger<WatchService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var state = await WatchStores.OpenAsync(options.Db, stoppingToken).ConfigureAwait(false);
        using var fetcher = new PoliteFetcher(new SafeFetcher(options.Fetch), options.Politeness, TimeProvider.System);
        IRevisionObserver[] observers = [new FigureRevisionEvents((IStoryStore)articles)];
        var watcher = new Watcher(fetcher, articles, state, runner, options.Watch, TimeProvider.System, observers, logger);
        foreach (var url in options.WatchSources)
        {
            await watcher.AddSourceAsync(url, stoppingToken).ConfigureAwait(false);
        }

        ServerLog.WatchStarted(logger, options.WatchSources.Count);
        try
        {
            await watcher.RunAsync(report =>
            {
                if (report.NewArticles + report.Revisions > 0)
                {
                    // The report callback is synchronous; the engine's write lock serialises this with API ingests.
                    engine.ReprocessAsync(NoProgress.Instance, cancellationToken: stoppingToken).GetAwaiter().GetResult();
                    maintenance.Ingested();
                }
            }, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: everything done so far is stored.
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            ServerLog.WatchFailed(logger, ex);
            throw;
        }
    }
}
