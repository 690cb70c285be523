using Triangulate.Core.Storage;
using Triangulate.Ingest.Listings;
using Triangulate.Ingest.Web;

namespace Triangulate.Watch;

/// <summary>One article to look at in a cycle: a listing entry that is new or updated, or a followed page due for an edit check.</summary>
/// <param name="Run">The source poll that listed it (null for a scheduled recheck).</param>
/// <param name="Entry">The listing entry (null for a recheck).</param>
/// <param name="Known">The followed page, when the article is already followed.</param>
/// <param name="Prefetched">The answer already fetched (a source that is itself an article page).</param>
internal sealed record PageJob(SourceRun? Run, ListingEntry? Entry, string? Outlet, WatchedPage? Known, Uri FetchUrl, FetchResponse? Prefetched = null)
{
    /// <summary>The listing carried the article's full text (feed content): no page fetch is needed.</summary>
    public bool FromFeedContent => Entry is { IsSummary: false, Body: not null };

    public bool IsRecheck => Entry is null;
}
