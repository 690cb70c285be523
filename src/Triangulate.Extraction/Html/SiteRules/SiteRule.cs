namespace Triangulate.Extraction.Html.SiteRules;

/// <summary>
/// Selectors for one publisher whose pages generic extraction gets wrong, in force for pages of
/// <see cref="Site"/> and its subdomains. A rule is bumped to a new <see cref="Version"/> whenever its
/// selectors change (the publisher redesigned), so an extraction can say which rule it used.
/// </summary>
/// <param name="Site">Host the rule is for, without "www." ("ascom.com" also covers "www.ascom.com").</param>
/// <param name="Version">Bumped with every change of selectors.</param>
/// <param name="Remove">CSS selectors of elements dropped before extraction (boilerplate inside the story container).</param>
/// <param name="Content">CSS selectors of the story container(s); when one holds text, scoring is skipped and they are used.</param>
/// <param name="Why">What generic extraction does wrong on this site, and what the rule measured on saved pages.</param>
public sealed record SiteRule(string Site, int Version, IReadOnlyList<string> Remove, IReadOnlyList<string> Content, string Why)
{
    /// <summary>"ascom.com v1": how extractions name the rule they used.</summary>
    public string Label => $"{Site} v{Version}";
}
