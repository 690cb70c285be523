using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Triangulate.Core.Model;

namespace Triangulate.Benchmarks;

/// <summary>
/// The one loader for the data sets under ../shared/data, read at run time and never copied into the
/// repository. Classes that need them carry <see cref="NeedsSharedDataAttribute"/>, so that
/// <see cref="Program"/> skips them with a message on a clone without the data.
/// </summary>
public static class SharedData
{
    /// <summary>../shared/data beside the repository, or TRIANGULATE_SHARED/data when that is set.</summary>
    public static string Root => Path.GetFullPath(Path.Combine(Environment.GetEnvironmentVariable("TRIANGULATE_SHARED") ?? Path.Combine(BenchData.RepoRoot, "..", "shared"), "data"));

    /// <summary>Whether a file or folder under ../shared/data exists.</summary>
    public static bool Has(string relative) => File.Exists(Path.Combine(Root, relative)) || Directory.Exists(Path.Combine(Root, relative));

    /// <summary>
    /// The first <paramref name="count"/> newsdocs articles (Reuters-21578 then BBC, files in name order), with the
    /// data set's ids, outlet, title and publication time (UTC: the data has no zone; order and gaps are what count).
    /// </summary>
    public static List<Article> NewsDocs(int count = int.MaxValue)
    {
        var result = new List<Article>();
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "newsdocs"), "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                if (result.Count == count)
                {
                    return result;
                }

                result.Add(TestKit.NewsDocs.ToArticle(line));
            }
        }

        return result;
    }

    /// <summary>The gold article bodies of ScrapingHub AEB (data/extraction/gold.jsonl), then the seed texts.</summary>
    public static List<string> GoldBodiesAndSeeds()
    {
        var bodies = File.ReadLines(Path.Combine(Root, "extraction", "gold.jsonl"))
            .Where(line => line.Length > 0)
            .Select(line => Field(line, "articleBody"))
            .ToList();
        bodies.AddRange(Directory.GetFiles(Path.Combine(Root, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        return bodies;
    }

    /// <summary>The HTML of the 181 AEB pages and the 621 L3S-GN1 pages (gzip), with their URLs when known.</summary>
    public static List<(string Html, string? Url)> ExtractionPages()
    {
        var aeb = Path.Combine(Root, "extraction");
        var l3s = Path.Combine(aeb, "l3s-gn1");
        return [.. Pages(aeb, id => Path.Combine(aeb, "html", id + ".html")), .. Pages(l3s, id => Path.Combine(l3s, "html", id + ".html.gz"))];
    }

    private static IEnumerable<(string Html, string? Url)> Pages(string dir, Func<string, string> htmlPath)
    {
        foreach (var line in File.ReadLines(Path.Combine(dir, "gold.jsonl")).Where(line => line.Length > 0))
        {
            using var doc = JsonDocument.Parse(line);
            var url = doc.RootElement.TryGetProperty("url", out var u) ? u.GetString() : null;
            yield return (ReadHtml(htmlPath(doc.RootElement.GetProperty("id").GetString()!)), url);
        }
    }

    // Both sets are UTF-8 whatever their meta charset says (their SOURCE.md).
    private static string ReadHtml(string path)
    {
        if (!path.EndsWith(".gz", StringComparison.Ordinal))
        {
            return File.ReadAllText(path, Encoding.UTF8);
        }

        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gz, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string Field(string line, string name)
    {
        using var doc = JsonDocument.Parse(line);
        return doc.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
    }
}
