using System.Globalization;
using System.Text.Json;
using Triangulate.Core.Model;

namespace Triangulate.TestKit;

/// <summary>
/// ../shared/data/newsdocs (Reuters-21578, BBC; JSON Lines) as articles, with the data set's ids, outlet, title and
/// publication time. The one reader of those lines: the quality tests and bench/Triangulate.Benchmarks both use it.
/// </summary>
public static class NewsDocs
{
    private static readonly Lazy<List<Article>> All = new(() =>
        [.. Read(SharedData.Path("data", "newsdocs") ?? throw new InvalidOperationException(SharedData.MissingMessage("data/newsdocs")))]);

    /// <summary>Every article of ../shared/data/newsdocs, read once per process.</summary>
    public static IReadOnlyList<Article> Articles => All.Value;

    /// <summary>The articles of the <c>*.jsonl</c> files of <paramref name="folder"/>, files in name order.</summary>
    public static IEnumerable<Article> Read(string folder)
    {
        foreach (var file in Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                yield return ToArticle(line);
            }
        }
    }

    /// <summary>One line of a newsdocs file as an article.</summary>
    public static Article ToArticle(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var row = doc.RootElement;
        var title = row.GetProperty("title").GetString();
        var published = row.GetProperty("published").GetString();
        var metadata = new ArticleMetadata
        {
            Outlet = row.GetProperty("source").GetString(),
            Title = string.IsNullOrEmpty(title) ? null : title,
            // The data has no time zone; UTC keeps the order and the gaps, which is all lineage and the benches use.
            Published = published is null ? null : DateTimeOffset.Parse(published + "Z", CultureInfo.InvariantCulture),
        };
        var id = row.GetProperty("id").GetString()!;
        return new Article(id, new ArticleSource(id), metadata, row.GetProperty("text").GetString() ?? string.Empty);
    }
}
