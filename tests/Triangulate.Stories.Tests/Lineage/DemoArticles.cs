using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Triangulate.Core.Model;
using Triangulate.TestKit;

namespace Triangulate.Stories.Tests.Lineage;

/// <summary>
/// A deliberately crude reader for samples/demo, so lineage can be tested before the real ingest and
/// extraction stages exist: paragraphs of HTML without classes, RSS content, JSON Lines text, text files
/// without their header block. Outlet and publication date come from demo-gold.json's article list.
/// The lead's end-to-end test replaces this with the real readers.
/// </summary>
internal static class DemoArticles
{
    private static readonly Regex Paragraph = new(@"<p(?<attrs>[^>]*)>(?<body>.*?)</p>", RegexOptions.Singleline | RegexOptions.CultureInvariant);
    private static readonly Regex Tag = new(@"<[^>]+>", RegexOptions.CultureInvariant);
    private static readonly Regex Spaces = new(@"\s+", RegexOptions.CultureInvariant);
    private static readonly Regex Item = new(@"<item>(?<body>.*?)</item>", RegexOptions.Singleline | RegexOptions.CultureInvariant);
    private static readonly Regex Content = new(@"<content:encoded><!\[CDATA\[(?<body>.*?)\]\]></content:encoded>", RegexOptions.Singleline | RegexOptions.CultureInvariant);
    private static readonly Regex Description = new(@"<description>(?<body>.*?)</description>", RegexOptions.Singleline | RegexOptions.CultureInvariant);
    private static readonly string[] Boilerplate = ["cookies", "newsletter", "©", "Follow us", "Sign up", "About us"];

    public static string Folder => Path.Combine(SharedData.RepoRoot, "samples", "demo");

    public static string GoldPath => Path.Combine(SharedData.RepoRoot, "samples", "demo-gold.json");

    /// <summary>Gold ref ("file" or "file#N") → article.</summary>
    public static Dictionary<string, Article> Load()
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(GoldPath));
        var result = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var entry in gold.RootElement.GetProperty("articles").EnumerateArray())
        {
            var reference = entry.GetProperty("ref").GetString()!;
            var file = reference.Split('#')[0];
            var item = reference.Contains('#', StringComparison.Ordinal) ? int.Parse(reference.Split('#')[1], System.Globalization.CultureInfo.InvariantCulture) : 0;
            var text = Read(Path.Combine(Folder, file), item);
            var metadata = new ArticleMetadata
            {
                Outlet = entry.GetProperty("outlet").GetString(),
                Published = entry.GetProperty("published").GetString() is { } p ? DateTimeOffset.Parse(p, System.Globalization.CultureInfo.InvariantCulture) : null,
            };
            result[reference] = new Article(ArticleId.Compute(metadata.Outlet, reference, text), new ArticleSource(reference), metadata, text);
        }

        return result;
    }

    private static string Read(string path, int item)
    {
        var raw = File.ReadAllText(path);
        return Path.GetExtension(path) switch
        {
            ".html" => Paragraphs(raw),
            ".xml" => FeedItem(raw, item),
            ".jsonl" => JsonLine(raw, item),
            _ => StripHeader(raw),
        };
    }

    private static string Paragraphs(string html)
    {
        var kept = new List<string>();
        foreach (Match m in Paragraph.Matches(html))
        {
            var attrs = m.Groups["attrs"].Value;
            var text = Spaces.Replace(WebUtility.HtmlDecode(Tag.Replace(m.Groups["body"].Value, "")), " ").Trim();
            if ((attrs.Length == 0 || attrs.Contains("credit-line", StringComparison.Ordinal)) && text.Length > 0 && !Boilerplate.Any(b => text.Contains(b, StringComparison.Ordinal)))
            {
                kept.Add(text);
            }
        }

        return string.Join("\n\n", kept);
    }

    private static string FeedItem(string xml, int index)
    {
        var item = Item.Matches(xml)[index].Groups["body"].Value;
        var content = Content.Match(item);
        return content.Success ? Paragraphs(content.Groups["body"].Value) : WebUtility.HtmlDecode(Description.Match(item).Groups["body"].Value).Trim();
    }

    private static string JsonLine(string jsonl, int index)
    {
        var line = jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries)[index];
        using var doc = JsonDocument.Parse(line);
        return doc.RootElement.TryGetProperty("text", out var text) ? text.GetString()!.Trim() : Paragraphs(doc.RootElement.GetProperty("html").GetString()!);
    }

    private static string StripHeader(string raw)
    {
        var lines = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var start = 0;
        while (start < lines.Length && Regex.IsMatch(lines[start], @"^[A-Z][A-Za-z]+: \S"))
        {
            start++;
        }

        return string.Join('\n', lines[start..]).Trim();
    }
}
