using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Triangulate.Core.Model;
using Triangulate.Nlp.Quotes;
using Triangulate.Nlp.Tokens;

namespace Triangulate.Quality.Quotes;

/// <summary>
/// Articles for the quote tests, annotated by <see cref="QuoteStage"/>. Demo HTML, RSS and JSON Lines are
/// reduced to text by a crude tag strip here (this branch has no readers yet): enough to check quotations,
/// which the end-to-end run must confirm on the real extractor's text.
/// </summary>
public static partial class QuoteTestCorpus
{
    public static Article Annotate(string id, string text, string? language = null)
    {
        var article = new Article(id, new ArticleSource(id), new ArticleMetadata { Language = language }, text);
        new TokenizerStage().Process(article, CancellationToken.None);
        new QuoteStage().Process(article, CancellationToken.None);
        return article;
    }

    /// <summary>The text of a demo-gold ref ("file.txt", "feed.xml#1", "lines.jsonl#0").</summary>
    public static string DemoText(string demoFolder, string reference)
    {
        int hash = reference.IndexOf('#');
        string file = hash < 0 ? reference : reference[..hash];
        int item = hash < 0 ? 0 : int.Parse(reference[(hash + 1)..], CultureInfo.InvariantCulture);
        string raw = File.ReadAllText(Path.Combine(demoFolder, file));
        return Path.GetExtension(file) switch
        {
            ".html" or ".htm" => Strip(raw),
            ".xml" => Strip(FeedItem(raw, item)),
            ".jsonl" => JsonLine(raw, item),
            _ => raw,
        };
    }

    private static string FeedItem(string xml, int item)
    {
        var body = ItemRegex().Matches(xml)[item].Groups[1].Value;
        var m = EncodedRegex().Match(body);
        var content = m.Success ? m.Groups[1].Value : DescriptionRegex().Match(body).Groups[1].Value;
        content = CdataRegex().Replace(content, "$1");
        return content.Contains("&lt;", StringComparison.Ordinal) ? WebUtility.HtmlDecode(content) : content;
    }

    private static string JsonLine(string lines, int item)
    {
        var line = lines.Split('\n', StringSplitOptions.RemoveEmptyEntries)[item];
        using var doc = JsonDocument.Parse(line);
        return doc.RootElement.TryGetProperty("text", out var t) ? t.GetString() ?? "" : Strip(doc.RootElement.GetProperty("html").GetString() ?? "");
    }

    private static string Strip(string html)
    {
        var s = ScriptRegex().Replace(html, "");
        s = BlockRegex().Replace(s, "\n");
        s = TagRegex().Replace(s, "");
        return WebUtility.HtmlDecode(s);
    }

    [GeneratedRegex(@"(?s)<item>(.*?)</item>")]
    private static partial Regex ItemRegex();

    [GeneratedRegex(@"(?s)<content:encoded>(.*?)</content:encoded>")]
    private static partial Regex EncodedRegex();

    [GeneratedRegex(@"(?s)<description>(.*?)</description>")]
    private static partial Regex DescriptionRegex();

    [GeneratedRegex(@"(?s)<!\[CDATA\[(.*?)\]\]>")]
    private static partial Regex CdataRegex();

    [GeneratedRegex(@"(?is)<(script|style)[^>]*>.*?</\1>")]
    private static partial Regex ScriptRegex();

    [GeneratedRegex(@"(?i)<br\s*/?>|</(p|div|h\d|li|tr|td|figcaption|header|footer|section|article|nav|aside|blockquote|title)>")]
    private static partial Regex BlockRegex();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex TagRegex();
}
