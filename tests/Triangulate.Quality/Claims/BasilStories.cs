using System.Globalization;
using System.Text.Json;
using Triangulate.Core.Model;
using Triangulate.TestKit;

namespace Triangulate.Quality.Claims;

/// <summary>BASIL (../shared/data/stories/basil.jsonl): 100 stories, each told by Fox, NYT and HuffPost.</summary>
internal static class BasilStories
{
    /// <summary>BASIL's source codes (SOURCE.md) → the outlets' names, as a feed would give them.</summary>
    private static readonly Dictionary<string, string> Outlets = new(StringComparer.Ordinal)
    {
        ["fox"] = "Fox News",
        ["nyt"] = "The New York Times",
        ["hpo"] = "HuffPost",
    };

    /// <summary>Cluster id → (split, its articles with id = BASIL id, outlet = source, published = date).</summary>
    public static Dictionary<string, (string Split, List<Article> Articles)> Load()
    {
        var result = new Dictionary<string, (string Split, List<Article> Articles)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(SharedData.Path("data", "stories", "basil.jsonl")!))
        {
            using var doc = JsonDocument.Parse(line);
            var row = doc.RootElement;
            var cluster = row.GetProperty("cluster").GetString()!;
            var metadata = new ArticleMetadata
            {
                Outlet = Outlets[row.GetProperty("source").GetString()!],
                Title = row.GetProperty("title").GetString(),
                Published = DateTimeOffset.Parse(row.GetProperty("date").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            };
            var id = row.GetProperty("id").GetString()!;
            var article = new Article(id, new ArticleSource(id), metadata, row.GetProperty("text").GetString()!);
            if (!result.TryGetValue(cluster, out var entry))
            {
                entry = (row.GetProperty("split").GetString()!, []);
                result[cluster] = entry;
            }

            entry.Articles.Add(article);
        }

        return result;
    }
}
