using System.Text.Json.Serialization;

namespace Triangulate.Core.Dossier;

/// <summary>
/// One value of a figure track: the story's measurements (indexes into story.quantities) that give it, when it first
/// held, and how it relates to the step before: update | contradiction | compatible (null for the first step).
/// </summary>
public sealed class DossierTrackStep
{
    public List<int> MeasurementIndexes { get; init; } = [];
    public double Value { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? ValueMax { get; init; }

    public string Bound { get; init; } = "exact";
    public DateTimeOffset? AsOf { get; init; }
    public List<string> ArticleIds { get; init; } = [];
    public string? Step { get; init; }
}
