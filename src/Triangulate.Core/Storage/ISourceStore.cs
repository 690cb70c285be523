namespace Triangulate.Core.Storage;

/// <summary>
/// The watcher's state, kept in the same store as the articles so a cron <c>watch --once</c> and a long-running
/// watcher behave the same: the sources with their health and conditional-GET validators, and the articles it
/// follows (under canonical addresses, with the other addresses they were reached by).
/// </summary>
public interface ISourceStore : IAsyncDisposable
{
    /// <summary>Adds a source (due now) unless its address is already stored; returns the stored one either way.</summary>
    Task<WatchedSource> AddSourceAsync(string url, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Every source, in the order they were added.</summary>
    Task<IReadOnlyList<WatchedSource>> ListSourcesAsync(CancellationToken cancellationToken = default);

    /// <summary>Stops watching <paramref name="url"/>: its source row (schedule, validators, health) is deleted; the pages
    /// and articles it led to stay. Returns false when no source has that address.</summary>
    Task<bool> RemoveSourceAsync(string url, CancellationToken cancellationToken = default);

    /// <summary>Sources whose <see cref="WatchedSource.NextPollAt"/> is at or before <paramref name="now"/>, most overdue first.</summary>
    Task<IReadOnlyList<WatchedSource>> DueSourcesAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default);

    /// <summary>Writes a source's validators, schedule and health (by <see cref="WatchedSource.Id"/>).</summary>
    Task SaveSourceAsync(WatchedSource source, CancellationToken cancellationToken = default);

    /// <summary>The page stored under <paramref name="url"/>, as its canonical address or one of its other addresses; null when unknown.</summary>
    Task<WatchedPage?> FindPageAsync(string url, CancellationToken cancellationToken = default);

    /// <summary>Inserts or replaces a page, and records <paramref name="aliases"/> as other addresses of it.</summary>
    Task SavePageAsync(WatchedPage page, IReadOnlyCollection<string> aliases, CancellationToken cancellationToken = default);

    /// <summary>Pages whose <see cref="WatchedPage.NextCheckAt"/> is at or before <paramref name="now"/>, most overdue first.</summary>
    Task<IReadOnlyList<WatchedPage>> DuePagesAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default);

    Task<long> CountPagesAsync(CancellationToken cancellationToken = default);

    /// <summary>The robots.txt kept for <paramref name="host"/> ("scheme://host:port") and when it expires; null when none.</summary>
    Task<(string Text, DateTimeOffset Expires)?> GetRobotsAsync(string host, CancellationToken cancellationToken = default);

    /// <summary>Keeps a host's robots.txt, so a watcher run from cron does not fetch it on every run.</summary>
    Task SaveRobotsAsync(string host, string text, DateTimeOffset expires, CancellationToken cancellationToken = default);
}
