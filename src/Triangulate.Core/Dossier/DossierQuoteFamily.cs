namespace Triangulate.Core.Dossier;

/// <summary>The same utterance across outlets.</summary>
public sealed class DossierQuoteFamily
{
    public required string Id { get; init; }
    public string? Speaker { get; set; }
    public string? SpeakerEntityId { get; set; }
    public required string Text { get; set; }
    public List<DossierQuoteOccurrence> Occurrences { get; init; } = [];
    public List<DossierQuoteVariant> Variants { get; init; } = [];
}
