using System.Text.Json.Serialization;

namespace Triangulate.Core.Dossier;

/// <summary>
/// One side of a conflict. A figure track's side may add <see cref="AsOf"/> (when the figure held), <see cref="Source"/>
/// (who gave it), <see cref="Bound"/> and <see cref="Step"/> (update | contradiction | compatible, against the side before).
/// </summary>
public sealed record DossierConflictSide(string Value, double? Normalized, List<string> ArticleIds, List<Evidence> Evidence)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? AsOf { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Source { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Bound { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Step { get; init; }
}
