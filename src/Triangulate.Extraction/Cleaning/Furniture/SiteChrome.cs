namespace Triangulate.Extraction.Cleaning.Furniture;

/// <summary>
/// The words a site's own menus, footers and toolbars are made of ("Home", "Contact us", "Privacy policy",
/// "Sign in", "Back to top"): a line that is only one of them is chrome, and a page with many such lines is a copied
/// page. English only; other languages fall back on the line shapes.
/// </summary>
internal static class SiteChrome
{
    private static readonly HashSet<string> Items = new(StringComparer.OrdinalIgnoreCase)
    {
        "home", "homepage", "news", "latest", "latest news", "top stories", "sport", "sports", "business", "politics",
        "world", "opinion", "entertainment", "lifestyle", "culture", "technology", "tech", "science", "health", "travel",
        "video", "videos", "photos", "pictures", "gallery", "galleries", "podcasts", "podcast", "newsletters", "newsletter",
        "subscribe", "subscribe now", "sign in", "sign up", "log in", "login", "log out", "register", "my account", "account",
        "search", "menu", "close", "contact", "contact us", "about", "about us", "privacy", "privacy policy", "terms",
        "terms of use", "terms of service", "terms and conditions", "cookies", "cookie policy", "cookie settings",
        "advertise", "advertise with us", "careers", "jobs", "help", "faq", "faqs", "sitemap", "site map", "rss", "rss feeds",
        "archive", "archives", "more", "more news", "next", "previous", "prev", "back to top", "skip to content",
        "skip to main content", "share", "tweet", "email", "print", "comments", "facebook", "twitter", "instagram",
        "youtube", "linkedin", "pinterest", "whatsapp", "weather", "obituaries", "classifieds", "events", "blogs", "blog",
        "local", "national", "international", "markets", "real estate", "autos", "cars", "shopping", "deals", "education",
        "environment", "media", "feedback", "accessibility", "corrections", "topics", "sections", "all sections",
        "most read", "most popular", "trending", "related", "related stories", "recommended", "editor's picks",
        "features", "columns", "letters", "games", "puzzles", "crossword", "horoscopes", "tv", "radio", "live", "e-paper",
        "epaper", "digital edition", "today's paper", "store", "shop", "donate", "membership",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Items.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the line, without surrounding punctuation and a trailing count, is one chrome item.</summary>
    public static bool IsChrome(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim().Trim(LineShapes.Punctuation).Trim();
        if (trimmed.Length is 0 or > 40)
        {
            return false;
        }

        // "Comments (12)", "Share 3"
        var end = trimmed.Length;
        while (end > 0 && (char.IsDigit(trimmed[end - 1]) || trimmed[end - 1] is ' ' or '(' or ')'))
        {
            end--;
        }

        return end > 0 && Lookup.Contains(trimmed[..end]);
    }
}
