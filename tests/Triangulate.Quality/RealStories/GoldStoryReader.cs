using System.Text.Json;
using Triangulate.TestKit;

namespace Triangulate.Quality.RealStories;

/// <summary>Reads the label files of tests/Triangulate.Quality/RealStories/labels/{dev,test}.</summary>
internal static class GoldStoryReader
{
    private static readonly HashSet<string> VagueWords = new(StringComparer.OrdinalIgnoreCase) { "dozens", "hundreds", "thousands", "a dozen" };

    public static string LabelFolder(string split) => Path.Combine(SharedData.RepoRoot, "tests", "Triangulate.Quality", "RealStories", "labels", split);

    public static List<GoldStory> ReadSplit(string split) =>
        [.. Directory.GetFiles(LabelFolder(split), "*.json").Order(StringComparer.Ordinal).Select(ReadFile)];

    public static GoldStory ReadFile(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var root = doc.RootElement;
        return new GoldStory(
            root.GetProperty("story").GetString()!,
            root.GetProperty("split").GetString()!,
            root.GetProperty("dataset").GetString()!,
            [.. root.GetProperty("articles").EnumerateArray().Select(a => a.GetString()!)],
            [.. root.GetProperty("measurements").EnumerateArray().Select(ReadMeasurement)],
            [.. root.GetProperty("tracks").EnumerateArray().Select(ReadTrack)],
            [.. root.GetProperty("relays").EnumerateArray().Select(r => new GoldRelay(r.GetProperty("outlet").GetString()!, r.GetProperty("kind").GetString()!, ReadSpan(r)))],
            [.. root.GetProperty("claims").EnumerateArray().Select(ReadPair)],
            [.. root.GetProperty("timeline").EnumerateArray().Select(ReadEvent)]);
    }

    private static GoldMeasurement ReadMeasurement(JsonElement m)
    {
        var text = m.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
        return new GoldMeasurement(
            m.GetProperty("id").GetString()!, ReadSpan(m), m.GetProperty("value").GetDouble(), m.GetProperty("bound").GetString()!,
            m.GetProperty("counted").GetString()!, OptionalString(m, "scope"), m.TryGetProperty("implicit", out var i) && i.GetBoolean())
        {
            Vague = VagueWords.Contains(text.Trim()),
        };
    }

    private static GoldTrack ReadTrack(JsonElement t) => new(
        t.GetProperty("id").GetString()!,
        t.GetProperty("counted").GetString()!,
        OptionalString(t, "scope"),
        [.. t.GetProperty("steps").EnumerateArray().Select(s => new GoldStep([.. s.GetProperty("measurements").EnumerateArray().Select(x => x.GetString()!)], OptionalString(s, "step")))],
        t.GetProperty("conflict").GetBoolean());

    private static GoldPair ReadPair(JsonElement p) => new(
        ReadSpan(p.GetProperty("a")), ReadSpan(p.GetProperty("b")), p.GetProperty("relation").GetString()!,
        !p.TryGetProperty("independent", out var i) || i.GetBoolean());

    private static GoldEvent ReadEvent(JsonElement e)
    {
        var article = e.GetProperty("article").GetString()!;
        GoldSpan? clause = e.TryGetProperty("clause", out var c)
            ? new GoldSpan(article, c.GetProperty("start").GetInt32(), c.GetProperty("length").GetInt32())
            : null;
        return new GoldEvent(e.GetProperty("event").GetString()!, ReadSpan(e), clause, OptionalString(e, "text") ?? "",
            e.GetProperty("date").GetString()!, e.GetProperty("precision").GetString()!, OptionalString(e, "speaker"));
    }

    private static GoldSpan ReadSpan(JsonElement e) =>
        new(e.GetProperty("article").GetString()!, e.GetProperty("start").GetInt32(), e.GetProperty("length").GetInt32());

    private static string? OptionalString(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
