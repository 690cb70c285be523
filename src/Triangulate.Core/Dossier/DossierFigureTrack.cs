namespace Triangulate.Core.Dossier;

/// <summary>
/// Every measurement of one counted thing and scope in a story, in as-of order (docs/figures.md). Assessment: update |
/// contradiction | mixed | consistent.
/// </summary>
public sealed class DossierFigureTrack
{
    public required string Id { get; init; }
    public required string Counted { get; init; }
    public string? Scope { get; init; }
    public required string About { get; init; }
    public List<DossierTrackStep> Steps { get; init; } = [];
    public required string Assessment { get; init; }
}
