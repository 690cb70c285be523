using System.Globalization;
using System.Text.Json;
using Triangulate.TestKit;

namespace Triangulate.Quality.Counts;

/// <summary>
/// Reads ../shared/data/counts (SemEval-2018 Task 5 articles with GVA killed/injured per incident; see its
/// SOURCE.md): the four document parts in order, each joined to its incident's counts. The split is the set's
/// own (by incident); nothing here chooses it.
/// </summary>
internal static class CountsCorpus
{
    private static readonly Lazy<List<CountsDocument>> All = new(Load);

    public static IReadOnlyList<CountsDocument> Documents => All.Value;

    public static IReadOnlyList<CountsDocument> Split(string split) => [.. Documents.Where(d => d.Split == split)];

    private static List<CountsDocument> Load()
    {
        var folder = SharedData.Path("data", "counts") ?? throw new InvalidOperationException(SharedData.MissingMessage("data/counts"));
        var incidents = new Dictionary<string, (int Killed, int Injured)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(folder, "incidents.jsonl")))
        {
            using var doc = JsonDocument.Parse(line);
            var row = doc.RootElement;
            incidents[row.GetProperty("incident").GetString()!] = (row.GetProperty("killed").GetInt32(), row.GetProperty("injured").GetInt32());
        }

        var result = new List<CountsDocument>();
        foreach (var file in Directory.GetFiles(folder, "documents.part*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                using var doc = JsonDocument.Parse(line);
                var row = doc.RootElement;
                var incident = row.GetProperty("incident").GetString()!;
                var (killed, injured) = incidents[incident];
                var published = row.GetProperty("published").GetString();
                result.Add(new CountsDocument(
                    row.GetProperty("id").GetString()!, incident, row.GetProperty("split").GetString()!,
                    row.GetProperty("title").GetString() ?? "", row.GetProperty("url").GetString() ?? "",
                    string.IsNullOrEmpty(published) ? null : DateTimeOffset.Parse(published + "T12:00:00Z", CultureInfo.InvariantCulture),
                    row.GetProperty("text").GetString()!, killed, injured, row.GetProperty("text_dups").GetInt32() > 0));
            }
        }

        return result;
    }
}
