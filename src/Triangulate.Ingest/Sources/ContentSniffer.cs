using System.Text;
using System.Text.RegularExpressions;
using Triangulate.Ingest.Text;

namespace Triangulate.Ingest.Sources;

/// <summary>
/// Chooses a reader from the first bytes, with the file extension only as a tie-breaker: a feed saved
/// as .txt, or an HTML page saved without extension, must still be read as what it is.
/// </summary>
internal static class ContentSniffer
{
    /// <summary>How many bytes the sniffer looks at.</summary>
    public const int SampleBytes = 8192;

    // NonBacktracking: linear in the input by construction, so no match timeout (a wall-clock timeout made the
    // result depend on the machine's load).
    private const RegexOptions Linear = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly Regex FeedRoot = new(@"<(?:rss|feed|rdf:rdf)[\s>/]", Linear);
    private static readonly Regex ListingRoot = new(@"<(?:urlset|sitemapindex|opml)[\s>/]", Linear);
    private static readonly Regex HtmlMarker = new(@"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", Linear);
    private static readonly Regex OpeningTag = new(@"<[a-z][a-z0-9]*[\s>/]", Linear);
    private static readonly Regex ClosingTag = new(@"</[a-z][a-z0-9]*\s*>", Linear);

    public static ContentKind Sniff(ReadOnlySpan<byte> sample, string extension)
    {
        if (sample.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
        {
            return ContentKind.Gzip;
        }

        if (IsKnownBinaryFormat(sample))
        {
            return ContentKind.KnownBinaryFormat;
        }

        var (bomEncoding, bomLength) = TextDecoder.DetectBom(sample);
        var encoding = bomEncoding ?? TextDecoder.DetectUtf16WithoutBom(sample);
        if (encoding is null && LooksBinary(sample))
        {
            return ContentKind.Binary;
        }

        // Latin-1 keeps every ASCII marker in place whatever the real 8-bit encoding is.
        var text = (encoding ?? Encoding.Latin1).GetString(sample[bomLength..]);
        return SniffText(text, extension);
    }

    private static ContentKind SniffText(string text, string extension)
    {
        var head = text.AsSpan().TrimStart();
        if (head.StartsWith("<"))
        {
            var window = head.Length > 2048 ? head[..2048].ToString() : head.ToString();
            var feed = FeedRoot.Match(window);
            var html = HtmlMarker.Match(window);
            if (feed.Success && (!html.Success || feed.Index < html.Index))
            {
                return ContentKind.Feed;
            }

            var listing = ListingRoot.Match(window);
            if (listing.Success && (!html.Success || listing.Index < html.Index))
            {
                return ContentKind.Listing;
            }

            if (html.Success)
            {
                return ContentKind.Html;
            }

            if (head.StartsWith("<?xml"))
            {
                return extension is ".html" or ".htm" or ".xhtml" ? ContentKind.Html : ContentKind.OtherXml;
            }
        }

        if (head.StartsWith("{") && Feeds.JsonFeedParser.LooksLikeJsonFeed(head))
        {
            return ContentKind.Listing;
        }

        if (LooksLikeJsonLines(head))
        {
            return ContentKind.JsonLines;
        }

        if (HtmlMarker.IsMatch(text) || (ClosingTag.Count(text) >= 3 && OpeningTag.Count(text) >= 5))
        {
            return ContentKind.Html;
        }

        if (LooksLikeAddressList(head))
        {
            return ContentKind.Listing;
        }

        return extension switch
        {
            ".html" or ".htm" or ".xhtml" => ContentKind.Html,
            ".jsonl" or ".ndjson" => ContentKind.JsonLines,
            ".rss" or ".atom" or ".xml" => ContentKind.Feed,
            _ => ContentKind.PlainText,
        };
    }

    /// <summary>The sample opens a JSON object ("{" then a property name or "}") and every complete non-blank line starts with "{".</summary>
    private static bool LooksLikeJsonLines(ReadOnlySpan<char> head)
    {
        // "{Editor's note}" opening a text article must not make it JSON Lines.
        if (!head.StartsWith("{") || head[1..].TrimStart(" \t\r\n") is not ['"', ..] and not ['}', ..])
        {
            return false;
        }

        var lines = 0;
        foreach (var range in head.Split('\n'))
        {
            var line = head[range].Trim();
            if (range.End.Value >= head.Length)
            {
                break;
            }

            if (line.IsEmpty)
            {
                continue;
            }

            if (line[0] != '{')
            {
                return false;
            }

            lines++;
        }

        // A single long first line that fills the sample is still JSON Lines.
        return lines > 0 || !head.Contains('\n');
    }

    /// <summary>Every non-blank line that is not a '#' comment is one web address (the last line may be cut by the sample).</summary>
    private static bool LooksLikeAddressList(ReadOnlySpan<char> head)
    {
        var addresses = 0;
        foreach (var range in head.Split('\n'))
        {
            var line = head[range].Trim();
            if (line.IsEmpty || line[0] == '#')
            {
                continue;
            }

            if (!Listings.UrlListParser.LooksLikeUrl(line))
            {
                return false;
            }

            addresses++;
        }

        return addresses > 0;
    }

    /// <summary>Control bytes that text never has (NUL, C0 but tab, LF, FF, CR, ESC) in more than 1 % of the sample.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> sample)
    {
        var suspicious = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D or 0x1B))
            {
                suspicious++;
            }
        }

        return suspicious > 0 && suspicious * 100 >= sample.Length;
    }

    private static bool IsKnownBinaryFormat(ReadOnlySpan<byte> sample) =>
        sample.StartsWith("%PDF-"u8)
        || sample.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]) // zip, docx, epub, odt
        || sample.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]) // OLE: doc, xls, msg
        || sample.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) // png
        || sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) // jpeg
        || sample.StartsWith("GIF8"u8)
        || sample.StartsWith("{\\rtf"u8)
        || sample.StartsWith((ReadOnlySpan<byte>)[0x7F, 0x45, 0x4C, 0x46]); // ELF

    /// <summary>A human name for a known binary format, for diagnostics.</summary>
    public static string DescribeBinaryFormat(ReadOnlySpan<byte> sample) => sample switch
    {
        _ when sample.StartsWith("%PDF-"u8) => "a PDF document",
        _ when sample.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]) => "a ZIP archive (or DOCX/ODT/EPUB)",
        _ when sample.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]) => "a Microsoft Office document",
        _ when sample.StartsWith("{\\rtf"u8) => "an RTF document",
        _ when sample.StartsWith((ReadOnlySpan<byte>)[0x7F, 0x45, 0x4C, 0x46]) => "an executable",
        _ => "an image",
    };
}
