namespace Triangulate.Core.Model;

/// <summary>
/// Facts about an article that are not its body text. Unknown stays <c>null</c>: a missing
/// publication date is never replaced by the ingest time.
/// </summary>
public sealed record ArticleMetadata
{
    public string? Outlet { get; init; }
    public string? Title { get; init; }

    /// <summary>True when the title was not given by the source but derived from the text (e.g. a
    /// leading headline-like line in a plain-text file). Consumers should show it as such.</summary>
    public bool TitleDerived { get; init; }

    public string? Byline { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Language { get; init; }

    /// <summary>A dateline removed from the top of the text ("WASHINGTON (Reuters) -", "10:41 28.09.2025").</summary>
    public string? Dateline { get; init; }

    /// <summary>Agencies or outlets the text credits as its source ("With inputs from Reuters"): lineage needs them.</summary>
    public IReadOnlyList<string> CreditedSources { get; init; } = [];
}
