using System.Text.Json;

namespace Triangulate.Quality.Timex;

/// <summary>Reads the "timex" floors from baseline.json (only this key; other stages own theirs).</summary>
public static class Baseline
{
    public static double Floor(string split, string metric)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "baseline.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty("timex").GetProperty(split).GetProperty(metric).GetDouble();
    }
}
