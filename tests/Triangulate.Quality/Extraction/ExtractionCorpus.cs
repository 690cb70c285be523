using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Triangulate.Quality.Extraction;

/// <summary>One gold page of an extraction set: id, URL when known, gold body, split and the path of its HTML.</summary>
public sealed record ExtractionPage(string Id, string? Url, string Gold, string Split, string HtmlPath)
{
    /// <summary>The page as text: always UTF-8 for both sets (their SOURCE.md: stale meta charsets are to be ignored).</summary>
    public string ReadHtml()
    {
        if (HtmlPath.EndsWith(".gz", StringComparison.Ordinal))
        {
            using var gz = new GZipStream(File.OpenRead(HtmlPath), CompressionMode.Decompress);
            using var reader = new StreamReader(gz, Encoding.UTF8);
            return reader.ReadToEnd();
        }

        return File.ReadAllText(HtmlPath, Encoding.UTF8);
    }
}

/// <summary>Loads ../shared/data/extraction (ScrapingHub AEB) and its l3s-gn1/ folder.</summary>
public static class ExtractionCorpus
{
    /// <summary>The AEB pages of <paramref name="dataDir"/> (…/data/extraction), in id order.</summary>
    public static List<ExtractionPage> LoadAeb(string dataDir) =>
        Load(dataDir, id => Path.Combine(dataDir, "html", id + ".html"), "articleBody");

    /// <summary>The L3S-GN1 pages of <paramref name="dir"/> (…/extraction/l3s-gn1); <paramref name="field"/> is articleBody or mainContent.</summary>
    public static List<ExtractionPage> LoadL3s(string dir, string field = "articleBody") =>
        Load(dir, id => Path.Combine(dir, "html", id + ".html.gz"), field);

    /// <summary>id → body of a peer's published output (peers/&lt;name&gt;.jsonl).</summary>
    public static Dictionary<string, string> LoadPeer(string path)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var body = doc.RootElement.TryGetProperty("articleBody", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString() : null;
            result[doc.RootElement.GetProperty("id").GetString()!] = body ?? string.Empty;
        }

        return result;
    }

    private static List<ExtractionPage> Load(string dir, Func<string, string> htmlPath, string field)
    {
        var split = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "split.json"))))
        {
            foreach (var part in doc.RootElement.EnumerateObject())
            {
                foreach (var id in part.Value.EnumerateArray())
                {
                    split[id.GetString()!] = part.Name;
                }
            }
        }

        var pages = new List<ExtractionPage>();
        foreach (var line in File.ReadLines(Path.Combine(dir, "gold.jsonl")))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var id = root.GetProperty("id").GetString()!;
            var url = root.TryGetProperty("url", out var u) ? u.GetString() : null;
            var gold = root.TryGetProperty(field, out var g) && g.ValueKind == JsonValueKind.String ? g.GetString()! : string.Empty;
            pages.Add(new ExtractionPage(id, url, gold, split.GetValueOrDefault(id, "none"), htmlPath(id)));
        }

        return pages;
    }
}
