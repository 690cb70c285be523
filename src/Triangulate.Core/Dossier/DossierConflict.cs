using System.Text.Json.Serialization;

namespace Triangulate.Core.Dossier;

/// <summary>
/// Sources disagreeing; kind is numeric | date | attribution | place | fact, assessment contradiction | update | mixed.
/// A numeric conflict is one figure track (<see cref="TrackId"/>) with a side per step, in as-of order.
/// </summary>
public sealed class DossierConflict
{
    public required string Kind { get; init; }
    public required string About { get; init; }
    public List<DossierConflictSide> Sides { get; init; } = [];
    public required string Assessment { get; init; }

    /// <summary>The figure track a numeric conflict is (story.figureTracks[].id).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TrackId { get; init; }
}
