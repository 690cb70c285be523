using System.Globalization;
using System.Text.Json;
using Triangulate.Core.Model;
using Triangulate.TestKit;

namespace Triangulate.Quality.Lineage;

/// <summary>Loads ../shared/data/newsdocs (Reuters-21578, BBC) as articles; ids are the data set's ids.</summary>
internal static class NewsDocs
{
    private static readonly Lazy<List<Article>> All = new(Read);

    public static IReadOnlyList<Article> Articles => All.Value;

    private static List<Article> Read()
    {
        var folder = SharedData.Path("data", "newsdocs") ?? throw new InvalidOperationException(SharedData.MissingMessage("data/newsdocs"));
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
