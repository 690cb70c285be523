using System.Text.Json;
using Triangulate.Core.Ingest;

namespace Triangulate.Quality.Stories;

/// <summary>
/// The ScrapingHub AEB pages (../shared/data/extraction) as a story set: each page extracted from its HTML by
/// the real extractor, labelled with labels/aeb-stories.tsv (a page not listed is a story of its own). Many sites
/// give two pages about unrelated things, so this is where site furniture would glue stories together.
/// </summary>
public static class AebStoryGold
{
    public static List<GoldDocument> Load(string folder, string split, string labelsPath)
    {
        var labels = Labels(labelsPath);
        // "all" is both halves, as a user running `analyze` on the whole folder gets them.
        var root = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "split.json"))).RootElement;
        var ids = (split == "all" ? ["dev", "test"] : new[] { split })
            .SelectMany(s => root.GetProperty(s).EnumerateArray().Select(e => e.GetString()!)).ToHashSet(StringComparer.Ordinal);
        var docs = new List<GoldDocument>();
        foreach (var line in File.ReadLines(Path.Combine(folder, "gold.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var id = json.RootElement.GetProperty("id").GetString()!;
            if (!ids.Contains(id))
            {
                continue;
            }

            var url = json.RootElement.GetProperty("url").GetString();
            var html = File.ReadAllText(Path.Combine(folder, "html", id + ".html"));
            var raw = new GoldDocument(id, id, split, null, html, null);
            var article = StoryInputs.Extract(raw, DocumentFormat.Html, url);
            if (article is null)
            {
                continue;
            }

            var cluster = labels.TryGetValue(id[..8], out var story) ? story : id;
            docs.Add(new GoldDocument(id, cluster, split, article.Metadata.Title, article.Text, article.Metadata.Published, article.Metadata.Outlet));
        }

        return docs;
    }

    private static Dictionary<string, string> Labels(string path)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cols = line.Split('\t');
            map[cols[1]] = cols[0];
        }

        return map;
    }
}
