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

    /// <summary>The speaker for an attributed statement ("X said …"); null when the outlet states it.</summary>
    public string? Speaker { get; init; }

    public required IReadOnlyList<string> Stems { get; init; }
    public required HashSet<string> StemSet { get; init; }
    public required HashSet<string> Bigrams { get; init; }
    public required HashSet<string> Names { get; init; }
    public required IReadOnlyList<QuantityAnnotation> Quantities { get; init; }
    public required HashSet<string> Dates { get; init; }

    public bool IsAttributed => Speaker is not null;
}
