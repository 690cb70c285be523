namespace Triangulate.Core.Dossier;

/// <summary>Sources disagreeing; kind is numeric | date | attribution | fact, assessment contradiction | update.</summary>
public sealed class DossierConflict
{
    public required string Kind { get; init; }
    public required string About { get; init; }
    public List<DossierConflictSide> Sides { get; init; } = [];
    public required string Assessment { get; init; }
}
