using Triangulate.Core.Outlets;
using Triangulate.Extraction.Html;

namespace Triangulate.Extraction;

/// <summary>
/// Names an article's outlet from, in order: the JSON-LD publisher, og:site_name, the outlet registry's entry
/// for the canonical URL's domain (else the given URL's), the container's own name (a text header block, a JSON
/// Lines field, a feed's title), then the weaker signs (application-name, the URL's host, the copyright holder).
/// A name the page declares is written as the registry writes it when it names the same outlet ("WSJ" →
/// "The Wall Street Journal", "TheHill" → "The Hill"), so one outlet keeps one name across pages.
/// </summary>
internal static class OutletNaming
{
    private static readonly string[] NameSeparators = [" | ", " - ", " – ", " — "];

    /// <param name="page">What the page declares; null for plain text.</param>
    /// <param name="canonicalUrl">The page's canonical URL, when it gives one.</param>
    /// <param name="url">The article's URL (the container's, else the canonical one).</param>
    /// <param name="containerOutlet">The outlet the container names (header block, JSON Lines, feed).</param>
    /// <param name="copyrightHolder">The holder a removed copyright line names.</param>
    public static string? Choose(PageOutletNames? page, string? canonicalUrl, string? url, string? containerOutlet, string? copyrightHolder)
    {
        var registry = OutletRegistry.BuiltIn;
        var domainEntry = registry.FindByUrl(canonicalUrl) ?? registry.FindByUrl(url);
        var declared = Declared(registry, page, domainEntry);
        if (declared is not null)
        {
            return Canonical(registry, declared, domainEntry);
        }

        return domainEntry?.Name
            ?? Clean(containerOutlet)
            ?? Clean(page?.ApplicationName)
            ?? OutletDomains.HostOf(url)
            ?? Clean(copyrightHolder);
    }

    /// <summary>
    /// The JSON-LD publisher, else og:site_name. A publisher that is a wire agency on a page outside the agency's
    /// own domains is the source of syndicated copy ("Associated Press" on a Houston Chronicle page), not the
    /// outlet, so the site's own name is preferred to it.
    /// </summary>
    private static string? Declared(OutletRegistry registry, PageOutletNames? page, OutletEntry? domainEntry)
    {
        var publisher = Clean(page?.Publisher);
        var siteName = Clean(page?.SiteName);
        if (publisher is not null && registry.FindByName(publisher) is { Kind: OutletKind.Agency } agency && agency != domainEntry
            && (siteName is not null || domainEntry is not null))
        {
            publisher = null;
        }

        return publisher ?? siteName;
    }

    /// <summary>The registry's spelling of <paramref name="declared"/> when it names the domain's outlet (or, on a
    /// page whose domain is not listed, a listed outlet by one of its unambiguous names); otherwise the page's own words.</summary>
    private static string Canonical(OutletRegistry registry, string declared, OutletEntry? domainEntry)
    {
        if (domainEntry is not null)
        {
            if (OutletRegistry.Names(domainEntry, declared))
            {
                return domainEntry.Name;
            }

            // "The Jerusalem Post | JPost.com": one part of a compound site name names the outlet.
            foreach (var separator in NameSeparators)
            {
                foreach (var part in declared.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    if (part.Length < declared.Length && OutletRegistry.Names(domainEntry, part))
                    {
                        return domainEntry.Name;
                    }
                }
            }

            return declared;
        }

        return registry.FindByUnambiguousName(declared)?.Name ?? declared;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
