using System.Text.Json;
using Triangulate.TestKit;

namespace Triangulate.Quality.Claims;

/// <summary>Reads the "claims" floors of baseline.json and this folder's labels.</summary>
internal static class ClaimsBaseline
{
    public static double Floor(string section, string metric)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "baseline.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty("claims").GetProperty(section).GetProperty(metric).GetDouble();
    }

    public static string LabelsPath => Path.Combine(SharedData.RepoRoot, "tests", "Triangulate.Quality", "Claims", "labels", "basil-claims.json");
}
