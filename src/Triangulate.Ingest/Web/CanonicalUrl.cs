using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Triangulate.Ingest.Web;

/// <summary>
/// One address per article, so an article reached by its plain URL, a tracking-tagged link from a feed and
/// its AMP copy is stored once. <see cref="Normalize"/> cleans an address (scheme and host in lower case,
/// default port, fragment and tracking parameters dropped); <see cref="Resolve"/> also reads the page:
/// <c>&lt;link rel=canonical&gt;</c> (or <c>og:url</c>), and for an AMP page its canonical link or, without
/// one, the usual AMP URL shapes undone. A canonical link that points to another site is ignored: a page
/// must not be able to claim (and so "revise") another outlet's article.
/// </summary>
public static class CanonicalUrl
{
    /// <summary>Characters of the page read for the canonical link: it belongs in the head, near the top.</summary>
    private const int HeadChars = 256 * 1024;

    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "twclid", "igshid", "mc_cid", "mc_eid", "_ga", "_gl",
        "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "wickedid", "ocid", "cmpid", "s_cid",
        "ito", "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee", "sr_share", "soc_src", "soc_trk",
        "ref_src", "ref_url", "smid", "smtyp", "cmp", "xtor", "at_medium", "at_campaign", "at_custom1", "taid", "guccounter",
        "guce_referrer", "guce_referrer_sig", "rss", "feed_source",
    };

    // NonBacktracking: linear in the page, so no match timeout (a wall-clock timeout made the canonical address
    // depend on the machine's load).
    private static readonly Regex HeadTag = new(@"<link\b[^>]*>|<meta\b[^>]*>|<html\b[^>]*>|</head\s*>",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex Attribute = new(@"([a-zA-Z_:][-a-zA-Z0-9_:.]*|⚡)(?:\s*=\s*(?:""([^""]*)""|'([^']*)'|([^\s>""']+)))?",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>The cleaned form of an absolute http(s) address; null for anything else.</summary>
    public static string? Normalize(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? Normalize(uri) : null;

    public static string Normalize(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var builder = new StringBuilder(url.AbsoluteUri.Length);
        builder.Append(url.Scheme).Append("://").Append(url.IdnHost.ToLowerInvariant());
        if (!url.IsDefaultPort)
        {
            builder.Append(':').Append(url.Port);
        }

        builder.Append(url.AbsolutePath.Length == 0 ? "/" : url.AbsolutePath);
        var query = CleanQuery(url.Query);
        if (query.Length > 0)
        {
            builder.Append('?').Append(query);
        }

        return builder.ToString();
    }

    /// <summary>The article's canonical address, read from its page; <paramref name="fetched"/> (normalised) when the page names none.</summary>
    /// <param name="isAmp">Set when the page is an AMP page (<c>&lt;html amp&gt;</c> or <c>&lt;html ⚡&gt;</c>).</param>
    public static string Resolve(Uri fetched, string html, out bool isAmp)
    {
        ArgumentNullException.ThrowIfNull(fetched);
        ArgumentNullException.ThrowIfNull(html);
        isAmp = false;
        string? canonical = null;
        string? ogUrl = null;
        foreach (Match tag in HeadTag.Matches(html.Length > HeadChars ? html[..HeadChars] : html))
        {
            var value = tag.Value;
            if (value.StartsWith("</", StringComparison.Ordinal))
            {
                break;
            }

            var attributes = Attributes(value);
            if (value.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
            {
                isAmp = attributes.ContainsKey("amp") || attributes.ContainsKey("⚡");
            }
            else if (value.StartsWith("<link", StringComparison.OrdinalIgnoreCase) && HasToken(attributes.GetValueOrDefault("rel"), "canonical"))
            {
                canonical ??= attributes.GetValueOrDefault("href");
            }
            else if (attributes.GetValueOrDefault("property") is "og:url")
            {
                ogUrl ??= attributes.GetValueOrDefault("content");
            }
        }

        foreach (var candidate in new[] { canonical, ogUrl })
        {
            if (candidate is not null && Uri.TryCreate(fetched, WebUtility.HtmlDecode(candidate.Trim()), out var target)
                && target.Scheme is "http" or "https" && SameSite(fetched, target))
            {
                return Normalize(target);
            }
        }

        return isAmp ? UndoAmp(fetched) : Normalize(fetched);
    }

    /// <summary>The common AMP addresses of an article without a canonical link: "/amp" path ends, "amp." hosts, "?amp=1" and "outputType=amp".</summary>
    public static string UndoAmp(Uri url)
    {
        var host = url.Host.StartsWith("amp.", StringComparison.OrdinalIgnoreCase) ? url.Host[4..] : url.Host;
        var path = url.AbsolutePath;
        foreach (var suffix in new[] { "/amp/", "/amp", ".amp" })
        {
            if (path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                path = path[..^suffix.Length];
                break;
            }
        }

        if (path.StartsWith("/amp/", StringComparison.OrdinalIgnoreCase))
        {
            path = path[4..];
        }

        var query = string.Join('&', url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.Equals("amp", StringComparison.OrdinalIgnoreCase) && !p.StartsWith("amp=", StringComparison.OrdinalIgnoreCase)
                && !p.Equals("outputType=amp", StringComparison.OrdinalIgnoreCase)));
        var builder = new UriBuilder(url) { Host = host, Path = path.Length == 0 ? "/" : path, Query = query };
        return Normalize(builder.Uri);
    }

    /// <summary>Same registrable domain, approximately: the last two labels, or three under a two-letter country
    /// code whose second-level label is short ("bbc.co.uk", "abc.net.au").</summary>
    public static bool SameSite(Uri a, Uri b) =>
        string.Equals(SiteOf(a.Host), SiteOf(b.Host), StringComparison.OrdinalIgnoreCase);

    private static string SiteOf(string host)
    {
        if (IPAddress.TryParse(host.Trim('[', ']'), out _))
        {
            return host;
        }

        var labels = host.TrimEnd('.').Split('.');
        if (labels.Length <= 2)
        {
            return host;
        }

        var keep = labels[^1].Length == 2 && labels[^2].Length <= 3 ? 3 : 2;
        return string.Join('.', labels[^Math.Min(keep, labels.Length)..]);
    }

    private static string CleanQuery(string query)
    {
        if (query.Length <= 1)
        {
            return string.Empty;
        }

        var kept = new List<string>();
        foreach (var part in query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(eq < 0 ? part : part[..eq]);
            if (!name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) && !TrackingParameters.Contains(name))
            {
                kept.Add(part);
            }
        }

        return string.Join('&', kept);
    }

    private static Dictionary<string, string> Attributes(string tag)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var inner = tag.AsSpan(1, tag.Length - 2).ToString();
        var space = inner.IndexOfAny([' ', '\t', '\n', '\r', '/']);
        if (space < 0)
        {
            return result;
        }

        foreach (Match m in Attribute.Matches(inner, space))
        {
            var value = m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Success ? m.Groups[3].Value : m.Groups[4].Value;
            result.TryAdd(m.Groups[1].Value, value);
        }

        return result;
    }

    private static bool HasToken(string? list, string token) =>
        list is not null && list.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries).Any(t => t.Equals(token, StringComparison.OrdinalIgnoreCase));
}
