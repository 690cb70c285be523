using Microsoft.Extensions.Logging;
using Triangulate.Cluster.Hosting;
using Triangulate.Cluster.Log;
using Triangulate.Core.Storage;
using Triangulate.Ingest.Web;
using Triangulate.Storage.Postgres;
using Triangulate.Watch;

namespace Triangulate.Cluster.Sources;

/// <summary>
/// A silo's share of watching: one <see cref="Watcher"/> (one polite fetcher, so the per-host pace holds across all
/// source grains on this silo) over the store's watch tables, whose new pages go to the ingest log. Opened on first
/// use, so a silo that hosts no source grain never connects for it.
/// </summary>
public sealed class SourceWatching(ClusterSettings settings, SiloEngine engine, ILoggerFactory loggers) : IAsyncDisposable
{
    private readonly SemaphoreSlim _open = new(1, 1);
    private PoliteFetcher? _fetcher;
    private PostgresWatchStore? _store;
    private IngestLog? _log;
    private Watcher? _watcher;

    /// <summary>The reminder period of every source grain.</summary>
    public TimeSpan Interval => settings.SourceInterval;

    /// <summary>Polls <paramref name="url"/> once (registering it in the watch tables when new).</summary>
    public async Task<(WatchCycleReport Report, WatchedSource Source)> PollAsync(string url, CancellationToken ct)
    {
        var watcher = await WatcherAsync(ct).ConfigureAwait(false);
        return await watcher.PollSourceAsync(url, ct).ConfigureAwait(false);
    }

    /// <summary>Removes <paramref name="url"/> from the watch tables; false when it was not there.</summary>
    public async Task<bool> RemoveAsync(string url, CancellationToken ct = default)
    {
        await WatcherAsync(ct).ConfigureAwait(false);
        return await _store!.RemoveSourceAsync(url, ct).ConfigureAwait(false);
    }

    /// <summary>The source as stored, or null when it was never polled.</summary>
    public async Task<WatchedSource?> FindAsync(string url, CancellationToken ct = default)
    {
        await WatcherAsync(ct).ConfigureAwait(false);
        return (await _store!.ListSourcesAsync(ct).ConfigureAwait(false)).FirstOrDefault(s => s.Url == url);
    }

    private async Task<Watcher> WatcherAsync(CancellationToken ct)
    {
        if (_watcher is { } ready)
        {
            return ready;
        }

        await _open.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_watcher is null)
            {
                var articles = await engine.StoreAsync(ct).ConfigureAwait(false);
                _store = await PostgresWatchStore.OpenAsync(settings.Postgres, new PostgresStoreOptions { Schema = settings.Schema }, ct).ConfigureAwait(false);
                _log = await IngestLog.OpenAsync(settings.NatsUrl, settings.Stream, settings.AckWait, ct).ConfigureAwait(false);
                _fetcher = new PoliteFetcher(new SafeFetcher(new UrlFetchOptions
                {
                    AllowedHosts = new HashSet<string>(settings.AllowedHosts, StringComparer.OrdinalIgnoreCase),
                }), new PolitenessOptions(), TimeProvider.System);
                var log = _log;
                _watcher = new Watcher(_fetcher, articles, _store, engine.Runner, new WatchOptions { Interval = settings.SourceInterval }, TimeProvider.System,
                    [], loggers.CreateLogger("Triangulate.Watch"), async (document, token) => await log.AppendAsync(document, token).ConfigureAwait(false));
            }

            return _watcher;
        }
        finally
        {
            _open.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_log is not null)
        {
            await _log.DisposeAsync().ConfigureAwait(false);
        }

        if (_store is not null)
        {
            await _store.DisposeAsync().ConfigureAwait(false);
        }

        _fetcher?.Dispose();
        _open.Dispose();
    }
}
