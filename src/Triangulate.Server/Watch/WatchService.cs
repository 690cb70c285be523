using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Storage;
using Triangulate.Ingest.Web;
using Triangulate.Server.Logging;
using Triangulate.Server.Stories;
using Triangulate.Storage;
using Triangulate.Watch;

namespace Triangulate.Server.Watch;

/// <summary>
/// <c>serve --watch FILE</c>: the same watcher as <c>triangulate watch</c>, running beside the API over the server's
/// store. Stories are recomputed after a cycle that stored something.
/// </summary>
internal sealed class WatchService(ServerOptions options, IArticleStore articles, PipelineRunner runner, StoryService stories, ILogger<WatchService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var state = await WatchStores.OpenAsync(options.Db, stoppingToken).ConfigureAwait(false);
        using var fetcher = new PoliteFetcher(new SafeFetcher(options.Fetch), options.Politeness, TimeProvider.System);
        var watcher = new Watcher(fetcher, articles, state, runner, options.Watch, TimeProvider.System, logger: logger);
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
                    stories.Invalidate();
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
