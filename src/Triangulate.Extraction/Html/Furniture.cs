namespace Triangulate.Extraction.Html;

/// <summary>What an element's class/id names say it is, when they say it is page furniture.</summary>
internal enum Furniture
{
    None,

    /// <summary>Share bar, caption, byline, tag list: small by nature.</summary>
    Small,

    /// <summary>Comments, related links, sidebar, footer, promotion: a whole section.</summary>
    Section,

    /// <summary>
    /// A section name next to an article-like one ("article-body ads-enabled", "story sponsored-post"):
    /// a whole section, unless it holds running text.
    /// </summary>
    MixedSection,
}
