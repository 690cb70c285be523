using System.Text.RegularExpressions;

namespace Triangulate.Ingest.Feeds;

/// <summary>
/// Turns a feed's channel title into an outlet name. Publishers title their feeds "Outlet – News",
/// "Outlet | Top Stories" or "Outlet: Latest headlines"; the section part names the feed, not the outlet,
/// and would split one outlet into several in source counts.
/// </summary>
public static partial class FeedTitle
{
    [GeneratedRegex(@"^(?<outlet>.+?)\s*(?:[-–—|:»]\s*)(?:the\s+)?(?:latest\s+|top\s+|breaking\s+|all\s+)?(?:news|stories|headlines|articles|updates|rss|feed|home|homepage|front\s+page)(?:\s+(?:feed|rss|headlines|stories))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SectionSuffix();

    /// <summary>
    /// Longer "titles" are kept whole: no channel title is this long, and the cap bounds the pattern's backtracking
    /// (at most quadratic in the length) without a match timeout, whose expiry on a loaded machine made the same
    /// feed's outlet "Coastal Post" on one run and "Coastal Post – News" on the next.
    /// </summary>
    internal const int MaxTitleLength = 300;

    /// <summary>The outlet part of a channel title; the title itself when it has no generic section suffix.</summary>
    public static string? ToOutlet(string? channelTitle)
    {
        if (string.IsNullOrWhiteSpace(channelTitle))
        {
            return null;
        }

        var trimmed = channelTitle.Trim();
        if (trimmed.Length > MaxTitleLength)
        {
            return trimmed;
        }

        var match = SectionSuffix().Match(trimmed);
        return match.Success ? match.Groups["outlet"].Value.Trim() : trimmed;
    }
}
