namespace Triangulate.Core.Dossier;

/// <summary>An event placed on a date; precision is day | month | year.</summary>
public sealed class DossierTimelineEntry
{
    public required string Date { get; init; }
    public required string Precision { get; init; }
    public required string Event { get; init; }
    public string? Expression { get; init; }
    public List<string> ArticleIds { get; init; } = [];
    public List<Evidence> Evidence { get; init; } = [];
}
