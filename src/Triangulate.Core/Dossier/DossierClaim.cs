namespace Triangulate.Core.Dossier;

/// <summary>A statement and its support; status is corroborated | unique | conflicting.</summary>
public sealed class DossierClaim
{
    public required string Id { get; init; }
    public required string Text { get; init; }
    public required string Status { get; init; }
    public List<string> ArticleIds { get; init; } = [];
    public int IndependentSources { get; init; }
    public List<Evidence> Evidence { get; init; } = [];
}
