using System.Text.Json;

namespace Triangulate.Quality.Quotes;

/// <summary>Floors for the quote metrics: the "quotes" object of baseline.json (metric name → minimum).</summary>
public static class QuoteBaseline
{
    public static IReadOnlyDictionary<string, double> Floors()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "baseline.json")));
        var floors = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var p in doc.RootElement.GetProperty("quotes").EnumerateObject())
        {
            if (p.Value.ValueKind == JsonValueKind.Number)
            {
                floors[p.Name] = p.Value.GetDouble();
            }
        }

        return floors;
    }
}
