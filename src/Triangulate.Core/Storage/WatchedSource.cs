namespace Triangulate.Core.Storage;

/// <summary>
/// A source the watcher polls (a feed, sitemap, listing or page address), with the validators of its last
/// answer for the next conditional request, when it is due next, and its health.
/// </summary>
/// <param name="Id">The store's key; 0 for a source not stored yet.</param>
public sealed record WatchedSource(long Id, string Url)
{
    /// <summary>What the last answer was: feed, sitemap, sitemapindex, opml, urllist or page; null before the first poll.</summary>
    public string? Kind { get; init; }

    public DateTimeOffset AddedAt { get; init; }

    public string? ETag { get; init; }

    public DateTimeOffset? LastModified { get; init; }

    public DateTimeOffset NextPollAt { get; init; }

    public SourceHealth Health { get; init; } = new();
}
