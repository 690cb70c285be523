using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Triangulate.Extraction.Html;

/// <summary>
/// Reads title, byline, dates, site name, language and canonical URL, each from the most reliable
/// source the page offers (JSON-LD, then Open Graph and article meta tags, then the markup, then the URL).
/// Never uses the crawl time: a page that does not say when it was published gets null.
/// </summary>
internal static partial class MetadataReader
{
    /// <summary>Headings compared with the &lt;title&gt;: the headline is among the first few on every page seen.</summary>
    private const int MaxHeadingsLooked = 30;

    private static readonly string[] PublishedMeta =
    [
        "article:published_time", "og:published_time", "article:published", "published_time", "datepublished", "pubdate",
        "publishdate", "publish-date", "publish_date", "date", "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date",
        "sailthru.date", "parsely-pub-date", "original-publish-date", "article.published", "cxenseparse:recs:publishtime",
        "dc.date.created", "date_published", "article_date_original", "ptime", "displaydate", "og:article:published_time",
    ];

    private static readonly string[] ModifiedMeta =
    [
        "article:modified_time", "og:updated_time", "article:modified", "modified_time", "datemodified", "lastmod",
        "last-modified", "dcterms.modified", "dc.date.modified", "utime", "og:article:modified_time",
    ];

    [GeneratedRegex(@"^\s*(by|von|par|por|door|di)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByPrefixRegex();

    /// <summary>A web address as sites print it in titles: "www.example.com", "Example.co.uk".</summary>
    private const string WebAddress = @"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|co\.uk|uk|au|za|in|ca|ie|nz)";

    // " | ", " - ", " > ", " -- ", and a colon or dash glued to a leading domain ("KalingaTimes.com: Story").
    [GeneratedRegex(@"\s+(?:[|\-–—:·•»>]|--|::)\s+|(?<=^" + WebAddress + @")\s*[:—–]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex TitleSeparatorRegex();

    // A title part that is a web address, perhaps with the site's motto glued on ("Site.com—Official Web
    // Site of …"): the site's name, never the headline.
    [GeneratedRegex(@"^(?:[\w'’]+\s+){0,3}" + WebAddress + @"(?:\s*[—–]\s*.*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DomainPartRegex();

    // "Story on ChicagoSports.com", "Story from planet-f1.com": a trailing credit to the site.
    [GeneratedRegex(@"\s+(?:on|at|from|via)\s+" + WebAddress + @"\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingSiteRegex();

    public static PageMetadata Read(IDocument document, JsonLdArticle? ld, string? url)
    {
        var meta = MetaIndex(document);
        var names = new PageOutletNames(First(ld?.Publisher), First(Get(meta, "og:site_name")), First(Get(meta, "application-name")));
        var siteName = First(names.SiteName, names.Publisher, names.ApplicationName, Host(url));
        var title = Title(document, meta, ld, siteName);
        var byline = Byline(document, meta, ld);
        var published = DateValues.Parse(ld?.Published) ?? FromMeta(meta, PublishedMeta) ?? TimeElement(document, true) ?? DateValues.FromUrl(url);
        var updated = DateValues.Parse(ld?.Modified) ?? FromMeta(meta, ModifiedMeta) ?? TimeElement(document, false);
        var language = Language(document, meta, ld);
        var canonical = Canonical(document, meta, url);
        return new PageMetadata(title, byline, published, updated, siteName, language, canonical, DeclaredTitle(meta, ld) is not null, names);
    }

    /// <summary>meta name/property/itemprop (lower-cased) → first content value.</summary>
    private static Dictionary<string, string> MetaIndex(IDocument document)
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in document.GetElementsByTagName("meta"))
        {
            var content = m.GetAttribute("content") ?? m.GetAttribute("datetime");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            foreach (var attr in (ReadOnlySpan<string>)["property", "name", "itemprop", "http-equiv"])
            {
                var key = m.GetAttribute(attr);
                if (!string.IsNullOrEmpty(key))
                {
                    index.TryAdd(key.Trim().ToLowerInvariant(), content.Trim());
                }
            }
        }

        return index;
    }

    private static string? Get(Dictionary<string, string> meta, string key) => meta.TryGetValue(key, out var v) ? v : null;

    private static string? First(params string?[] values)
    {
        foreach (var v in values)
        {
            if (!string.IsNullOrWhiteSpace(v))
            {
                return TextBlocks.CollapseWhitespace(v);
            }
        }

        return null;
    }

    private static DateTimeOffset? FromMeta(Dictionary<string, string> meta, string[] keys)
    {
        foreach (var key in keys)
        {
            if (meta.TryGetValue(key, out var v) && DateValues.Parse(v) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static DateTimeOffset? TimeElement(IDocument document, bool published)
    {
        var itemprop = published ? "datePublished" : "dateModified";
        var tagged = document.QuerySelector($"[itemprop='{itemprop}']");
        if (tagged is not null && DateValues.Parse(tagged.GetAttribute("datetime") ?? tagged.GetAttribute("content") ?? tagged.TextContent) is { } d)
        {
            return d;
        }

        if (!published)
        {
            return null;
        }

        var time = document.QuerySelector("time[pubdate]") ?? document.QuerySelector("article time[datetime]") ?? document.QuerySelector("time[datetime]");
        return DateValues.Parse(time?.GetAttribute("datetime"));
    }

    private static string? DeclaredTitle(Dictionary<string, string> meta, JsonLdArticle? ld) =>
        First(Get(meta, "og:title"), ld?.Headline, Get(meta, "twitter:title"), Get(meta, "dc.title"), Get(meta, "headline"));

    private static string? Title(IDocument document, Dictionary<string, string> meta, JsonLdArticle? ld, string? siteName)
    {
        var declared = DeclaredTitle(meta, ld);
        if (declared is not null)
        {
            return WithoutSiteName(declared, siteName);
        }

        var titleTag = First(document.Title);
        if (titleTag is null)
        {
            return FirstHeading(document);
        }

        // Old pages have no title metadata, and their first h1 is often the site's logo: a heading that
        // the <title> also contains is the headline; failing that, the <title> minus its site part.
        return HeadingInTitle(document, titleTag) ?? WithoutSiteName(titleTag, siteName);
    }

    private static string? HeadingInTitle(IDocument document, string titleTag)
    {
        string? best = null;
        var seen = 0;
        foreach (var h in document.QuerySelectorAll("h1, h2, h3"))
        {
            if (++seen > MaxHeadingsLooked)
            {
                break;
            }

            var text = h.TextContent;
            if (text.Length > 300)
            {
                continue;
            }

            // Of the headings the <title> contains, the longest: the site's logo heading is shorter.
            text = TextBlocks.CollapseWhitespace(text);
            if (text.Length >= 10 && text.Length > (best?.Length ?? 0) && titleTag.Contains(text, StringComparison.OrdinalIgnoreCase))
            {
                best = text;
            }
        }

        return best;
    }

    private static string? FirstHeading(IDocument document)
    {
        var h1 = document.QuerySelector("h1")?.TextContent;
        return h1 is not null && h1.Length < 500 && h1.Trim().Length > 0 ? TextBlocks.CollapseWhitespace(h1) : null;
    }

    /// <summary>"Story headline | Site" → "Story headline": drops a leading or trailing part naming the site, or the shorter part.</summary>
    internal static string WithoutSiteName(string title, string? siteName)
    {
        title = TrailingSiteRegex().Replace(title, string.Empty);
        var parts = TitleSeparatorRegex().Split(title);
        if (parts.Length < 2)
        {
            return title;
        }

        // A web-address part is the site: the headline lies on its other side ("Story - Site.com - Official
        // site of …", "Site.com > News > World -- Story").
        var domain = Array.FindIndex(parts, p => DomainPartRegex().IsMatch(p.Trim()));
        if (domain >= 0)
        {
            parts = domain * 2 < parts.Length ? parts[(domain + 1)..] : parts[..domain];
            if (parts.Length == 0)
            {
                return title;
            }

            if (parts.Length == 1)
            {
                return parts[0].Trim();
            }

            title = string.Join(" - ", parts.Select(p => p.Trim()));
        }

        if (siteName is not null)
        {
            if (Same(parts[^1], siteName))
            {
                return string.Join(" - ", parts[..^1]);
            }

            if (Same(parts[0], siteName))
            {
                return string.Join(" - ", parts[1..]);
            }
        }

        // No site name matched: the site and section names are the short parts ("icCroydon - Story",
        // "Site | Section | Story"); keep the longest part when it is clearly the longest.
        var longest = 0;
        for (var i = 1; i < parts.Length; i++)
        {
            if (parts[i].Length > parts[longest].Length)
            {
                longest = i;
            }
        }

        var second = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            if (i != longest)
            {
                second = Math.Max(second, parts[i].Trim().Length);
            }
        }

        var best = parts[longest].Trim();
        return best.Length >= 20 && best.Length > second * 3 / 2 ? best : title;
    }

    private static bool Same(string a, string b)
    {
        var x = a.Trim();
        var y = b.Trim();
        return x.Equals(y, StringComparison.OrdinalIgnoreCase)
            || x.Replace(" ", string.Empty, StringComparison.Ordinal).Equals(y.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase)
            || (y.Contains('.', StringComparison.Ordinal) && x.Contains(y.Split('.')[0], StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"^(?:\w*admin\w*|administrator|webmaster|editorial|staff)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AccountRegex();

    private static string? Byline(IDocument document, Dictionary<string, string> meta, JsonLdArticle? ld)
    {
        if (ld is not null && ld.Authors.Count > 0)
        {
            return Credited(string.Join(", ", ld.Authors.Select(a => CleanByline(a) ?? a)));
        }

        foreach (var key in (ReadOnlySpan<string>)["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl"])
        {
            var v = Get(meta, key);
            if (v is not null && !v.StartsWith("http", StringComparison.OrdinalIgnoreCase) && v.Length < 120)
            {
                return Credited(CleanByline(v));
            }
        }

        var element = document.QuerySelector("[rel='author']") ?? document.QuerySelector("[itemprop='author']")
            ?? document.QuerySelector(".byline") ?? document.QuerySelector(".author");
        var text = element?.TextContent;
        return text is not null && text.Trim().Length is > 2 and < 120 ? Credited(CleanByline(text)) : null;
    }

    /// <summary>CMS account names ("admin", "jdadmin") and "Editorial" credit nobody: no byline.</summary>
    private static string? Credited(string? byline) =>
        byline is null || AccountRegex().IsMatch(byline) ? null : byline;

    private static string? CleanByline(string raw)
    {
        var s = ByPrefixRegex().Replace(TextBlocks.CollapseWhitespace(raw), string.Empty).Trim();
        // "Amy Kuperinsky | NJ Advance Media for NJ.com": the outlet after a bar is not the author.
        var bar = s.IndexOf(" | ", StringComparison.Ordinal);
        s = bar > 0 ? s[..bar].Trim() : s;
        return s.Length == 0 ? null : s;
    }

    private static string? Language(IDocument document, Dictionary<string, string> meta, JsonLdArticle? ld)
    {
        var lang = First(document.DocumentElement?.GetAttribute("lang"), document.DocumentElement?.GetAttribute("xml:lang"),
            Get(meta, "content-language"), ld?.Language, Get(meta, "og:locale"));
        if (lang is null)
        {
            return null;
        }

        lang = lang.Replace('_', '-');
        var comma = lang.IndexOf(',', StringComparison.Ordinal);
        return comma > 0 ? lang[..comma].Trim() : lang;
    }

    private static string? Canonical(IDocument document, Dictionary<string, string> meta, string? url)
    {
        var href = First(document.QuerySelector("link[rel='canonical']")?.GetAttribute("href"), Get(meta, "og:url"));
        if (href is null)
        {
            return null;
        }

        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.ToString();
        }

        return url is not null && Uri.TryCreate(url, UriKind.Absolute, out var baseUri) && Uri.TryCreate(baseUri, href, out var resolved)
            ? resolved.ToString()
            : null;
    }

    private static string? Host(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var host = uri.Host;
        return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
    }
}
