using Triangulate.Core.Storage;
using Triangulate.Ingest.Web;

namespace Triangulate.Watch;

/// <summary>Keeps robots.txt files in the watcher's store, so runs from cron share them.</summary>
public sealed class StoreRobotsCache(ISourceStore store) : IRobotsCache
{
    public Task<(string Text, DateTimeOffset Expires)?> GetRobotsAsync(string host, CancellationToken cancellationToken = default) =>
        store.GetRobotsAsync(host, cancellationToken);

    public Task SaveRobotsAsync(string host, string text, DateTimeOffset expires, CancellationToken cancellationToken = default) =>
        store.SaveRobotsAsync(host, text, expires, cancellationToken);
}
