using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Triangulate.Extraction.Cleaning.Scraped;

/// <summary>
/// Builds the line-labelled scraped-text set at run time from the HTML benchmarks in
/// <c>../shared/data/extraction</c> (ScrapingHub AEB, 181 pages, and L3S-GN1, 621 pages, each with gold article
/// bodies and a dev/test split): every page rendered by <see cref="NaiveScraper"/> in each style, each line
/// labelled by <see cref="LineLabeler"/> against the page's gold <c>articleBody</c>. Nothing of it is stored.
/// </summary>
public static class ScrapedLineSet
{
    /// <summary>The pages of <paramref name="split"/> ("dev" or "test") under <paramref name="extractionDir"/>
    /// (…/data/extraction), in both styles, AEB first, each corpus in id order.</summary>
    public static List<ScrapedPage> Load(string extractionDir, string split, IReadOnlyList<ScrapeStyle>? styles = null)
    {
        ArgumentNullException.ThrowIfNull(extractionDir);
        styles ??= [ScrapeStyle.InnerText, ScrapeStyle.Paragraphs];
        var pages = new List<ScrapedPage>();
        Add(pages, "aeb", extractionDir, id => Path.Combine(extractionDir, "html", id + ".html"), split, styles);
        var l3s = Path.Combine(extractionDir, "l3s-gn1");
        Add(pages, "l3s", l3s, id => Path.Combine(l3s, "html", id + ".html.gz"), split, styles);
        return pages;
    }

    /// <summary>The gold files the set is built from, for a model's record of its training data.</summary>
    public static IReadOnlyList<string> SourceFiles(string extractionDir) =>
    [
        Path.Combine(extractionDir, "gold.jsonl"), Path.Combine(extractionDir, "split.json"),
        Path.Combine(extractionDir, "l3s-gn1", "gold.jsonl"), Path.Combine(extractionDir, "l3s-gn1", "split.json"),
    ];

    private static void Add(List<ScrapedPage> into, string corpus, string dir, Func<string, string> htmlPath, string split, IReadOnlyList<ScrapeStyle> styles)
    {
        var ids = SplitIds(Path.Combine(dir, "split.json"), split);
        foreach (var line in File.ReadLines(Path.Combine(dir, "gold.jsonl")))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var id = root.GetProperty("id").GetString()!;
            if (!ids.Contains(id))
            {
                continue;
            }

            var gold = root.TryGetProperty("articleBody", out var g) && g.ValueKind == JsonValueKind.String ? g.GetString()! : string.Empty;
            var site = root.TryGetProperty("url", out var u) && Uri.TryCreate(u.GetString(), UriKind.Absolute, out var uri) ? uri.Host : null;
            var html = ReadHtml(htmlPath(id));
            foreach (var style in styles)
            {
                var text = NaiveScraper.Render(html, style);
                into.Add(new ScrapedPage(id, corpus, split, site, style, text, LineLabeler.Label(text.Split('\n'), gold)));
            }
        }
    }

    private static HashSet<string> SplitIds(string path, string split)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty(split).EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Both benchmarks are UTF-8 whatever their meta charset says (their SOURCE.md).</summary>
    private static string ReadHtml(string path)
    {
        if (path.EndsWith(".gz", StringComparison.Ordinal))
        {
            using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var reader = new StreamReader(gz, Encoding.UTF8);
            return reader.ReadToEnd();
        }

        return File.ReadAllText(path, Encoding.UTF8);
    }
}
