using Triangulate.Core.Annotations;
using Triangulate.Core.Model;

namespace Triangulate.Stories.Claims;

/// <summary>
/// One statement in one article (a sentence), with what alignment compares: its light stems, the names,
/// figures and dates it mentions, and who voices it (null = the outlet itself; otherwise the speaker).
/// </summary>
public sealed class ClaimCandidate
{
    public required Article Article { get; init; }
    public required TextSpan Span { get; init; }
    public required string Text { get; init; }
    public required string Lineage { get; init; }

    /// <summary>
    /// The independent source the statement rests on: its lineage, unless the sentence relays another outlet
    /// ("the Times reported", "told Axios"), in which case that outlet's lineage in the story, or
    /// "relay:&lt;outlet key&gt;" when the story has no article of it.
    /// </summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>
    /// The newsroom whose reporting <see cref="Source"/> is (<see cref="ClaimSources.NewsroomOf"/>): the one outlet that
    /// published every article of the lineage, with the agency it credits when that is another; null when unknown or
    /// several. An outlet's own reports of several days are several lineages, but a statement they repeat is one
    /// newsroom's word, not corroboration.
    /// </summary>
    public string? Newsroom { get; init; }

    /// <summary>The outlet this statement relays, when it relays one that is not its own lineage.</summary>
    public string? RelayedOutlet { get; init; }

    /// <summary>The speaker for an attributed statement ("X said …"); null when the outlet states it.</summary>
    public string? Speaker { get; init; }

    public required IReadOnlyList<string> Stems { get; init; }
    public required HashSet<string> StemSet { get; init; }
    public required HashSet<string> Bigrams { get; init; }
    public required HashSet<string> Names { get; init; }

    /// <summary>Every stem inside a name the statement mentions ("st", "brigid", "hospital").</summary>
    public HashSet<string> NameWords { get; init; } = [];
    public required IReadOnlyList<QuantityAnnotation> Quantities { get; init; }
    public required HashSet<string> Dates { get; init; }

    /// <summary>Days written out with a number ("June 25", "2010-05-28"); weekday names resolved against each
    /// outlet's own publication date are left out, they drift when outlets' dates do.</summary>
    public HashSet<string> WrittenDays { get; init; } = [];

    /// <summary>True when the statement holds quotation marks: a quotation, whatever its attribution.</summary>
    public bool HasQuotation { get; init; }

    public bool IsAttributed => Speaker is not null;

    /// <summary>The speaker's <see cref="ClaimExtractor.NameKey"/>, computed once: alignment compares it for every
    /// candidate pair sharing stems.</summary>
    internal string? SpeakerKey => Speaker is null ? null : _speakerKey ??= ClaimExtractor.NameKey(Speaker);

    private string? _speakerKey;

    /// <summary>
    /// This statement, resting on <paramref name="source"/> (relaying <paramref name="relayed"/> when not null). When
    /// the relayed outlet is the voice ("…, the Times reported") and nobody else is quoted, the statement is that
    /// outlet's own assertion: it aligns with statements in an outlet's own voice, not with attributed ones.
    /// </summary>
    public ClaimCandidate WithSource(string source, string? relayed, bool outletVoice = false, string? newsroom = null) => new()
    {
        Article = Article,
        Span = Span,
        Text = Text,
        Lineage = Lineage,
        Source = source,
        Newsroom = newsroom,
        RelayedOutlet = relayed,
        Speaker = outletVoice && Speaker is "unnamed source" ? null : Speaker,
        Stems = Stems,
        StemSet = StemSet,
        Bigrams = Bigrams,
        Names = Names,
        NameWords = NameWords,
        Quantities = Quantities,
        Dates = Dates,
        WrittenDays = WrittenDays,
        HasQuotation = HasQuotation,
    };
}
