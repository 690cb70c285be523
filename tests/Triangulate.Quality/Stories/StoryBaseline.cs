using System.Text.Json;

namespace Triangulate.Quality.Stories;

/// <summary>Reads this suite's floors: the "stories" key of baseline.json (other keys belong to other stages).</summary>
public static class StoryBaseline
{
    public static double Floor(string set, string metric)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "baseline.json")));
        return doc.RootElement.GetProperty("stories").GetProperty(set).GetProperty(metric).GetDouble();
    }
}
