namespace Triangulate.Extraction.Html;

/// <summary>What an element's class/id names say it is, when they say it is page furniture.</summary>
internal enum Furniture
{
    None,

    /// <summary>Share bar, caption, byline, tag list: small by nature.</summary>
    Small,

    /// <summary>Comments, related links, sidebar, footer, promotion: a whole section.</summary>
    Section,
}
