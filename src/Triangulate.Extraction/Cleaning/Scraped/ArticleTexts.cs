using System.Text.Json;

namespace Triangulate.Extraction.Cleaning.Scraped;

/// <summary>
/// Articles as written, the texts the furniture gate must leave alone: the gold bodies of the extraction
/// benchmarks (AEB articleBody, L3S-GN1 articleBody and mainContent) of one split, and news wire text from
/// ../shared/data/newsdocs (Reuters-21578 with its hard-wrapped lines and tables, and BBC): for the dev split every
/// article at an even position of its file, for the test split every one at an odd position.
/// </summary>
public static class ArticleTexts
{
    /// <summary>The gold bodies and the news texts of <paramref name="split"/>.</summary>
    public static (List<string> Gold, List<string> News) Load(string extractionDir, string split)
    {
        ArgumentNullException.ThrowIfNull(extractionDir);
        var gold = new List<string>();
        AddGold(gold, extractionDir, split, "articleBody");
        var l3s = Path.Combine(extractionDir, "l3s-gn1");
        AddGold(gold, l3s, split, "articleBody");
        AddGold(gold, l3s, split, "mainContent");
        var news = new List<string>();
        var newsdocs = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(extractionDir))!, "newsdocs");
        if (Directory.Exists(newsdocs))
        {
            AddNews(news, newsdocs, split == "dev" ? 0 : 1);
        }

        return (gold, news);
    }

    /// <summary>The newsdocs files read, for the model's record of its training data.</summary>
    public static IReadOnlyList<string> NewsFiles(string extractionDir)
    {
        var newsdocs = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(extractionDir))!, "newsdocs");
        return Directory.Exists(newsdocs) ? [.. Directory.GetFiles(newsdocs, "*.jsonl").Order(StringComparer.Ordinal)] : [];
    }

    private static void AddGold(List<string> into, string dir, string split, string field)
    {
        using var splits = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "split.json")));
        var ids = splits.RootElement.GetProperty(split).EnumerateArray().Select(e => e.GetString()).ToHashSet(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(dir, "gold.jsonl")))
        {
            using var doc = JsonDocument.Parse(line);
            if (ids.Contains(doc.RootElement.GetProperty("id").GetString()) && doc.RootElement.TryGetProperty(field, out var text)
                && text.GetString() is { Length: > 0 } value)
            {
                into.Add(value);
            }
        }
    }

    private static void AddNews(List<string> into, string dir, int parity)
    {
        foreach (var file in NewsFiles(Path.Combine(dir, "..", "extraction")))
        {
            var position = 0;
            foreach (var line in File.ReadLines(file))
            {
                if (position++ % 2 == parity)
                {
                    using var doc = JsonDocument.Parse(line);
                    into.Add(doc.RootElement.GetProperty("text").GetString() ?? "");
                }
            }
        }
    }
}
