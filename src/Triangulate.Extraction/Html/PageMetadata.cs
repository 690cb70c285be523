namespace Triangulate.Extraction.Html;

/// <summary>Metadata read from a page; null where the page does not say.</summary>
internal sealed record PageMetadata(
    string? Title,
    string? Byline,
    DateTimeOffset? Published,
    DateTimeOffset? Updated,
    string? SiteName,
    string? Language,
    string? CanonicalUrl);
