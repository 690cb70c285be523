using System.Text.RegularExpressions;

namespace Triangulate.Stories.Clustering;

/// <summary>Cleans a headline for display as a story title: drops a trailing "| Outlet" / "- Outlet", a
/// leading "BREAKING:"-style tag, and collapses whitespace.</summary>
public static partial class HeadlineCleaner
{
    [GeneratedRegex(@"\s+[|\-–—]\s+[^|\-–—]{2,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex OutletSuffix();

    [GeneratedRegex(@"^(?:BREAKING(?: NEWS)?|UPDATE[D]?|EXCLUSIVE|WATCH|VIDEO|LIVE|OPINION)\s*[:\-–—|]\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadingTag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    /// <summary>The cleaned headline, or null when nothing readable is left.</summary>
    public static string? Clean(string? headline)
    {
        if (string.IsNullOrWhiteSpace(headline) || headline.Length > 1000)
        {
            return string.IsNullOrWhiteSpace(headline) ? null : Spaces().Replace(headline[..300], " ").Trim() + "…";
        }

        var s = Spaces().Replace(headline, " ").Trim();
        s = LeadingTag().Replace(s, string.Empty);
        var m = OutletSuffix().Match(s);

        // Only a short suffix with no verb-like lowercase run is an outlet name ("… | Reuters", "- BBC News").
        if (m.Success && m.Index > 15 && LooksLikeOutlet(m.Value))
        {
            s = s[..m.Index];
        }

        s = s.Trim().Trim('"', '“', '”').Trim();
        return s.Length == 0 ? null : s;
    }

    private static bool LooksLikeOutlet(string suffix)
    {
        var words = suffix.Trim().TrimStart('|', '-', '–', '—').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 4)
        {
            return false;
        }

        foreach (var w in words)
        {
            if (w.Length > 0 && char.IsLower(w[0]) && w is not ("the" or "of" or "and" or "de"))
            {
                return false;
            }
        }

        return true;
    }
}
