namespace Triangulate.Core.Storage;

/// <summary>
/// An article the watcher follows, under its canonical address: where it is fetched from, the validators and
/// body hash of its last fetch, the last "updated" date a listing gave it, and when it is checked again for
/// edits. <see cref="GoneAt"/> is set when the outlet removed it (404/410); its revisions stay stored.
/// </summary>
public sealed record WatchedPage(string CanonicalUrl, string FetchUrl)
{
    public long? SourceId { get; init; }

    /// <summary>"page": the text comes from the article page; "feed": from the feed entry's full content.</summary>
    public string Origin { get; init; } = "page";

    public string? ETag { get; init; }

    public DateTimeOffset? LastModified { get; init; }

    public DateTimeOffset? ListedUpdated { get; init; }

    /// <summary>Hash of the last fetched body (or feed entry), so an unchanged one is not extracted again.</summary>
    public string? BodyHash { get; init; }

    public DateTimeOffset FirstSeenAt { get; init; }

    public DateTimeOffset? LastCheckedAt { get; init; }

    /// <summary>When to look for edits next; null once the recheck schedule is over or the page is gone.</summary>
    public DateTimeOffset? NextCheckAt { get; init; }

    public int Checks { get; init; }

    public DateTimeOffset? GoneAt { get; init; }
}
