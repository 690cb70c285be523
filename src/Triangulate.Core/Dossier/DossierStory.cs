namespace Triangulate.Core.Dossier;

/// <summary>One story: the articles about one developing event and what they say. Sections that no stage
/// produced stay null and are omitted from the JSON.</summary>
public sealed class DossierStory
{
    public required string Id { get; init; }
    public string? Title { get; set; }
    public List<string> ArticleIds { get; init; } = [];
    public DateTimeOffset? First { get; set; }
    public DateTimeOffset? Last { get; set; }
    public List<DossierLineage>? Lineages { get; set; }
    public int? IndependentSources { get; set; }
    public List<DossierEntity>? Entities { get; set; }
    public List<DossierQuoteFamily>? Quotes { get; set; }
    public List<DossierQuantity>? Quantities { get; set; }
    public List<DossierFigureTrack>? FigureTracks { get; set; }
    public List<DossierClaim>? Claims { get; set; }
    public List<DossierConflict>? Conflicts { get; set; }
    public List<DossierTimelineEntry>? Timeline { get; set; }
    public List<DossierFraming>? Framing { get; set; }
    public List<DossierSummarySentence>? Summary { get; set; }
}
