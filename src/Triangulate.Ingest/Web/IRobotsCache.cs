namespace Triangulate.Ingest.Web;

/// <summary>
/// Keeps robots.txt files between processes, so a watcher run from cron every few minutes does not ask each host
/// for its robots.txt every time. <paramref name="host"/> keys are "scheme://host:port".
/// </summary>
public interface IRobotsCache
{
    /// <summary>The stored robots.txt text of <paramref name="host"/> and when it expires; null when none is stored.</summary>
    Task<(string Text, DateTimeOffset Expires)?> GetRobotsAsync(string host, CancellationToken cancellationToken = default);

    Task SaveRobotsAsync(string host, string text, DateTimeOffset expires, CancellationToken cancellationToken = default);
}
