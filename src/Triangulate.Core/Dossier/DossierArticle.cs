using System.Text.Json.Serialization;

namespace Triangulate.Core.Dossier;

/// <summary>One article as the dossier shows it.</summary>
public sealed class DossierArticle
{
    public required string Id { get; init; }
    public required string Input { get; init; }
    public string? Outlet { get; init; }
    public string? Title { get; init; }

    /// <summary>True when the title was derived from the text rather than given by the source.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool TitleDerived { get; init; }

    public string? Byline { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Language { get; init; }
    public string? Url { get; init; }
    public required string Text { get; init; }
    public List<DossierRemoved> Removed { get; init; } = [];

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? CreditedSources { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Dateline { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? LineageId { get; set; }

    /// <summary>Other outlets this article reports from (docs/figures.md#relays); null when no relay stage ran.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<DossierRelay>? Relays { get; set; }
}
