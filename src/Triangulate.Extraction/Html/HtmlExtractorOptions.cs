using Triangulate.Extraction.Html.SiteRules;

namespace Triangulate.Extraction.Html;

/// <summary>Limits and switches of <see cref="HtmlExtractor"/>. The defaults suit news pages.</summary>
public sealed class HtmlExtractorOptions
{
    /// <summary>
    /// Pages longer than this many UTF-16 chars are cut to it before parsing (diagnostic TRI2004).
    /// Default 4,000,000: the largest of the 802 benchmark pages is 1.6 M chars, and parsing cost grows
    /// with size, so a 20 MB page costs no more than a large real one.
    /// </summary>
    public int MaxHtmlChars { get; init; } = 4_000_000;

    /// <summary>
    /// Element nesting deeper than this (estimated on the raw markup before parsing) is not parsed into a
    /// tree: the page's text is read with a flat tag stripper instead (diagnostic TRI2001). Default 1,000:
    /// the deepest benchmark page nests about 60 levels.
    /// </summary>
    public int MaxDepth { get; init; } = 1_000;

    /// <summary>Use a JSON-LD articleBody when it is complete and the DOM scoring found clearly less. Default true.</summary>
    public bool UseJsonLdBody { get; init; } = true;

    /// <summary>Per-site rules, looked up by page URL or canonical URL. Default: the built-in set;
    /// <see cref="SiteRuleSet.Empty"/> for generic extraction only.</summary>
    public SiteRuleSet SiteRules { get; init; } = SiteRuleSet.BuiltIn;

    public static HtmlExtractorOptions Default { get; } = new();
}
