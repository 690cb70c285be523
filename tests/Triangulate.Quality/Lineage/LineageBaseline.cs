using System.Text.Json;
using Triangulate.TestKit;

namespace Triangulate.Quality.Lineage;

/// <summary>Reads the "lineage" floors of baseline.json (other keys belong to other stages).</summary>
internal static class LineageBaseline
{
    public static double Floor(string section, string metric)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "baseline.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty("lineage").GetProperty(section).GetProperty(metric).GetDouble();
    }

    public static string LabelsPath(string file) => Path.Combine(SharedData.RepoRoot, "tests", "Triangulate.Quality", "Lineage", "labels", file);
}
