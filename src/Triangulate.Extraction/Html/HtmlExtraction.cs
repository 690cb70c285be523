using Triangulate.Core.Diagnostics;

namespace Triangulate.Extraction.Html;

/// <summary>What <see cref="IHtmlExtractor"/> found on a page. Unknown fields are null, never guessed.</summary>
/// <param name="Text">Main text, paragraphs separated by "\n\n"; empty when none was found.</param>
/// <param name="SourceCredits">Credit lines ("With inputs from Reuters") that sat in page furniture the
/// extractor dropped, such as a "credit-line" paragraph: lineage needs the source they name.</param>
/// <param name="Diagnostics">Problems met (too deep, truncated, no text), with codes; input name filled in by the caller.</param>
/// <param name="SiteRule">The per-site rule used ("ascom.com v1"), or null when extraction was generic.</param>
/// <param name="OutletNames">The names the page declares for its outlet (JSON-LD publisher, og:site_name,
/// application-name), each null where the page says nothing.</param>
public sealed record HtmlExtraction(
    string Text,
    string? Title,
    string? Byline,
    DateTimeOffset? Published,
    DateTimeOffset? Updated,
    string? SiteName,
    string? Language,
    string? CanonicalUrl,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<string>? SourceCredits = null,
    string? SiteRule = null,
    PageOutletNames? OutletNames = null);
