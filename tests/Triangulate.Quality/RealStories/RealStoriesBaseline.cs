using System.Text.Json;

namespace Triangulate.Quality.RealStories;

/// <summary>Reads the "realStories" floors of baseline.json: minimums, except names ending in "Max".</summary>
internal static class RealStoriesBaseline
{
    public static Dictionary<string, double> Floors(string split)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "baseline.json")));
        return doc.RootElement.GetProperty("realStories").GetProperty(split).EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.Number)
            .ToDictionary(p => p.Name, p => p.Value.GetDouble(), StringComparer.Ordinal);
    }
}
