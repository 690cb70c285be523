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

    /// <summary>Every version the watcher kept of this article, oldest first; absent for an article no watcher followed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<DossierRevision>? Revisions { get; set; }

    /// <summary>Why <see cref="Language"/> is "und" (too little text, mostly figures, uncertain).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? LanguageReason { get; init; }

    /// <summary>The input's own id for the article (a JSON Lines "id").</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SourceId { get; init; }

    /// <summary>"agency" or "outlet", when the outlet registry knows the outlet (docs/outlets.md).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OutletKind { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code of the outlet's headquarters, when the registry knows it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OutletCountry { get; init; }

    /// <summary>"public", "private", "cooperative" or "nonprofit", when the registry knows it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OutletOwnership { get; init; }

    /// <summary>"left", "lean left", "center", "lean right" or "right": the outlet's AllSides rating, when the ratings are present at run time.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OutletLean { get; init; }
    /// <summary>Other outlets this article reports from (docs/figures.md#relays); null when no relay stage ran.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<DossierRelay>? Relays { get; set; }
}
