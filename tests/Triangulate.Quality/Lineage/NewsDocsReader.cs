using System.Globalization;
using System.Text.Json;
using Triangulate.Core.Model;

namespace Triangulate.Quality.Lineage;

/// <summary>
/// Reads the newsdocs JSON Lines files (Reuters-21578, BBC) of a folder as articles; ids are the data
/// set's ids. bench/Triangulate.Benchmarks (SharedData.NewsDocs) reads them the same way.
/// </summary>
internal static class NewsDocsReader
{
    public static List<Article> Load(string folder)
    {
        var result = new List<Article>();
        foreach (var file in Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                using var doc = JsonDocument.Parse(line);
                var row = doc.RootElement;
                var title = row.GetProperty("title").GetString();
                var published = row.GetProperty("published").GetString();
                var metadata = new ArticleMetadata
                {
                    Outlet = row.GetProperty("source").GetString(),
                    Title = string.IsNullOrEmpty(title) ? null : title,
                    // The data has no time zone; UTC keeps the order and the gaps, which is all lineage uses.
                    Published = published is null ? null : DateTimeOffset.Parse(published + "Z", CultureInfo.InvariantCulture),
                };
                var id = row.GetProperty("id").GetString()!;
                result.Add(new Article(id, new ArticleSource(id), metadata, row.GetProperty("text").GetString()!));
            }
        }

        return result;
    }
}
