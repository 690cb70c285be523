using System.Globalization;
using System.Text.Json;
using Triangulate.Core.Ingest;
using Triangulate.TestKit;

namespace Triangulate.Quality.RealStories;

/// <summary>
/// The labelled stories' articles from ../shared/data/stories (ECB+ and BASIL), as the documents a user would
/// feed Triangulate: the text as plain text, with the title, URL, date and outlet the data set gives as hints.
/// The data-set id is the document's input name and locator, so the dossier maps back to the labels.
/// </summary>
internal static class StoryArticles
{
    private static readonly Lazy<Dictionary<string, DataDocument>> All = new(Load);

    private static readonly Dictionary<string, string> BasilOutlets = new(StringComparer.Ordinal)
    {
        ["fox"] = "Fox News",
        ["nyt"] = "The New York Times",
        ["hpo"] = "HuffPost",
    };

    /// <summary>The text of a data-set document exactly as the data file holds it.</summary>
    public static string Text(string id) => All.Value[id].Text;

    public static RawDocument Document(string id)
    {
        var d = All.Value[id];
        var hints = new DocumentHints { Title = d.Title, Url = d.Url, Published = d.Published, Outlet = d.Outlet };
        return new RawDocument(id, id, DocumentFormat.PlainText, d.Text, hints);
    }

    private static Dictionary<string, DataDocument> Load()
    {
        var all = new Dictionary<string, DataDocument>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(SharedData.Path("data", "stories", "ecbplus.jsonl")!))
        {
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            all[r.GetProperty("id").GetString()!] = new DataDocument(r.GetProperty("text").GetString()!, String(r, "title"), String(r, "url"), null, null);
        }

        foreach (var line in File.ReadLines(SharedData.Path("data", "stories", "basil.jsonl")!))
        {
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            var published = DateTimeOffset.Parse(r.GetProperty("date").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            var outlet = BasilOutlets.GetValueOrDefault(r.GetProperty("source").GetString()!);
            all[r.GetProperty("id").GetString()!] = new DataDocument(r.GetProperty("text").GetString()!, String(r, "title"), String(r, "url"), published, outlet);
        }

        return all;
    }

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString()!.Length > 0 ? v.GetString() : null;

    private sealed record DataDocument(string Text, string? Title, string? Url, DateTimeOffset? Published, string? Outlet);
}
