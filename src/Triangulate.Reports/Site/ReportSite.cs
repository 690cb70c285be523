namespace Triangulate.Reports.Site;

/// <summary>What <see cref="ReportSiteWriter"/> wrote: the index's path and every page's size in bytes, by path from the site's root.</summary>
public sealed record ReportSite(string IndexPath, IReadOnlyDictionary<string, long> PageSizes)
{
    /// <summary>The largest story page (not counting article-text pages): its path and size.</summary>
    public KeyValuePair<string, long>? LargestStoryPage => PageSizes
        .Where(p => p.Key.StartsWith(SiteFiles.StoriesFolder + "/", StringComparison.Ordinal) && !p.Key.EndsWith("_articles.html", StringComparison.Ordinal))
        .OrderByDescending(p => p.Value).Cast<KeyValuePair<string, long>?>().FirstOrDefault();
}
