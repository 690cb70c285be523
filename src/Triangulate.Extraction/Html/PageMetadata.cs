namespace Triangulate.Extraction.Html;

/// <summary>Metadata read from a page; null where the page does not say. <paramref name="TitleDeclared"/>:
/// the title came from og:title, JSON-LD or similar metadata, not from the &lt;title&gt; tag or a heading.
/// <paramref name="SiteName"/> is the site's name as titles print it (og:site_name, else the JSON-LD publisher,
/// application-name or host); <paramref name="Names"/> keeps the declared names apart for naming the outlet.</summary>
internal sealed record PageMetadata(
    string? Title,
    string? Byline,
    DateTimeOffset? Published,
    DateTimeOffset? Updated,
    string? SiteName,
    string? Language,
    string? CanonicalUrl,
    bool TitleDeclared = false,
    PageOutletNames? Names = null);
