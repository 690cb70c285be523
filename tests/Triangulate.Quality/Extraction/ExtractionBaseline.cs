using System.Text.Json;
using Triangulate.TestKit;

namespace Triangulate.Quality.Extraction;

/// <summary>Floors for extraction quality, from the "extraction" key of baseline.json.</summary>
internal static class ExtractionBaseline
{
    private static readonly Lazy<JsonElement> Section = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "baseline.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty("extraction").Clone();
    });

    public static double Floor(string key) => Section.Value.GetProperty(key).GetDouble();

    public static string AebDir => SharedData.Path("data", "extraction")!;

    public static string L3sDir => SharedData.Path("data", "extraction", "l3s-gn1")!;
}
