using System.Text.Json;

namespace Triangulate.Quality.Counts;

/// <summary>Reads the "counts" floors of baseline.json.</summary>
internal static class CountsBaseline
{
    public static double Floor(string split, string metric)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "baseline.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty("counts").GetProperty(split).GetProperty(metric).GetDouble();
    }
}
