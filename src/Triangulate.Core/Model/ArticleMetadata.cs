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
    /// <summary>ISO 639-1 code of the text's language, or "und" when it cannot be told (see
    /// <see cref="LanguageReason"/>); a declared tag ("en-GB") until a language stage has run.</summary>
    public string? Language { get; init; }

    /// <summary>Why <see cref="Language"/> is "und" ("too little text to tell (12 letters)"); null otherwise.</summary>
    public string? LanguageReason { get; init; }

    /// <summary>A dateline removed from the top of the text ("WASHINGTON (Reuters) -", "10:41 28.09.2025").</summary>
    public string? Dateline { get; init; }

    /// <summary>Agencies or outlets the text credits as its source ("With inputs from Reuters"): lineage needs them.</summary>
    public IReadOnlyList<string> CreditedSources { get; init; } = [];
}
