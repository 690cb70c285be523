using System.Globalization;
using System.Text.Json;

namespace Triangulate.Quality.Stories;

/// <summary>Loads the story-clustering gold sets (see ../shared/data/stories/SOURCE.md) and orders them as a stream.</summary>
public static class StoryGold
{
    /// <summary>ECB+ with the sub-topic as the story label.</summary>
    public static List<GoldDocument> EcbPlus(string folder) =>
        Read([Path.Combine(folder, "ecbplus.jsonl")], "subtopic");

    public static List<GoldDocument> Basil(string folder) =>
        Read([Path.Combine(folder, "basil.jsonl")], "cluster");

    public static List<GoldDocument> AllSides(string folder) =>
        Read(Directory.GetFiles(folder, "allsides_neus.part*.jsonl").Order(StringComparer.Ordinal), "cluster");

    /// <summary>
    /// Stream order: by date where known; ties and undated documents in a fixed pseudo-random order (hash
    /// of the id), because the files are sorted by story and that order would hand a streaming clusterer
    /// the answer.
    /// </summary>
    public static List<GoldDocument> StreamOrder(IEnumerable<GoldDocument> docs) =>
        [.. docs.OrderBy(d => d.Published ?? DateTimeOffset.MinValue).ThenBy(d => Fnv(d.Id)).ThenBy(d => d.Id, StringComparer.Ordinal)];

    private static List<GoldDocument> Read(IEnumerable<string> files, string labelField)
    {
        var docs = new List<GoldDocument>();
        foreach (var file in files)
        {
            foreach (var line in File.ReadLines(file))
            {
                if (line.Length == 0)
                {
                    continue;
                }

                using var json = JsonDocument.Parse(line);
                var r = json.RootElement;
                docs.Add(new GoldDocument(
                    r.GetProperty("id").GetString()!,
                    r.GetProperty(labelField).GetString()!,
                    r.GetProperty("split").GetString()!,
                    Str(r, "title"),
                    Str(r, "text") ?? string.Empty,
                    Str(r, "date") is { } d ? DateTimeOffset.Parse(d, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) : null));
            }
        }

        return docs;
    }

    private static string? Str(JsonElement r, string name) =>
        r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static uint Fnv(string s)
    {
        var h = 2166136261u;
        foreach (var c in s)
        {
            h = (h ^ c) * 16777619u;
        }

        return h;
    }
}
