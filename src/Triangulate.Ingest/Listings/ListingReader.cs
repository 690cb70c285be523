using System.Text.RegularExpressions;
using Triangulate.Ingest.Feeds;
using Triangulate.Ingest.Html;
using Triangulate.Ingest.Text;

namespace Triangulate.Ingest.Listings;

/// <summary>
/// Recognises and reads a listing from its bytes: RSS 2.0, RSS 1.0, Atom and JSON Feed; sitemaps, news
/// sitemaps and sitemap indexes; OPML; a plain list of addresses, one per line. Anything else (an article
/// page, plain text) is not a listing, and the caller reads it as an article.
/// </summary>
public static class ListingReader
{
    /// <summary>How far into the document its root element is looked for.</summary>
    private const int RootWindow = 4096;

    // NonBacktracking: linear, so no match timeout (a wall-clock timeout made the result depend on the machine's load).
    private static readonly Regex RootElement = new(@"<(?<name>rss|feed|rdf:RDF|urlset|sitemapindex|opml)[\s>/]|<!doctype\s+html|<html[\s>]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>The listing in <paramref name="body"/>, or null when it is none (then <paramref name="failure"/> is
    /// null) or when it looks like one but cannot be read (then <paramref name="failure"/> says why).</summary>
    /// <param name="baseUrl">The listing's own address, against which relative entry addresses are resolved.</param>
    public static Listing? TryRead(ReadOnlySpan<byte> body, Uri? baseUrl, out string? failure)
    {
        failure = null;
        var text = TextDecoder.Decode(body, HtmlCharset.FindDeclared(body)).Text;
        var head = text.AsSpan().TrimStart();
        if (head.StartsWith("{"))
        {
            return JsonFeedParser.LooksLikeJsonFeed(head) ? JsonFeedParser.Parse(text, baseUrl, out failure) : null;
        }

        if (head.StartsWith("<"))
        {
            var window = head.Length > RootWindow ? head[..RootWindow].ToString() : head.ToString();
            var root = RootElement.Match(window);
            if (!root.Success || !root.Groups["name"].Success)
            {
                return null;
            }

            return root.Groups["name"].Value.ToLowerInvariant() switch
            {
                "urlset" or "sitemapindex" => SitemapParser.Parse(text, baseUrl, out failure),
                "opml" => OpmlParser.Parse(text, baseUrl, out failure),
                _ => FeedListing.Parse(text, baseUrl, out failure),
            };
        }

        return UrlListParser.TryParse(text, baseUrl);
    }

    /// <summary>Resolves an entry address against the listing's; null unless it is an absolute http(s) address.</summary>
    internal static string? Absolute(string? url, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var trimmed = url.Trim();
        // "/news/1" parses as an absolute file: URI on Unix, so only an http(s) result counts as absolute.
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return uri.AbsoluteUri;
        }

        if (baseUrl is null || !Uri.TryCreate(baseUrl, trimmed, out uri))
        {
            return null;
        }

        return uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;
    }
}
