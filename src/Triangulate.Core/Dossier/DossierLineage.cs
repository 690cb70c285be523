namespace Triangulate.Core.Dossier;

/// <summary>Articles that derive from one original report.</summary>
public sealed class DossierLineage
{
    public required string Id { get; init; }
    public List<string> ArticleIds { get; init; } = [];
    public DossierOrigin? Origin { get; set; }
    public List<Evidence> Evidence { get; init; } = [];
    public double SharedText { get; set; }
}
