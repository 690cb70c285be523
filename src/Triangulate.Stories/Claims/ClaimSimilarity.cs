using Triangulate.Core.Collections;
using Triangulate.Stories.Lineage;

namespace Triangulate.Stories.Claims;

/// <summary>
/// How close two claims are in meaning: the lineage <see cref="Lineage.SentenceMatcher"/> score (word and
/// bigram overlap, length ratio: one <see cref="OverlapScore"/>) computed on precomputed stems, with agreement
/// of the names they mention as its cue.
/// Figures are left out of the score on purpose: two outlets giving different counts for the same event
/// state the same proposition with a conflict, which alignment must keep together.
/// </summary>
public static class ClaimSimilarity
{
    /// <summary>Chosen on the BASIL dev stories (docs/claims.md).</summary>
    public const double DefaultThreshold = 0.36;

    private static readonly OverlapScore Mix = new(UnigramWeight: 1.0, BigramWeight: 1.0, LengthWeight: 0.1, CueWeight: 0.3);

    public static double Score(ClaimCandidate a, ClaimCandidate b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var names = a.Names.Count + b.Names.Count == 0 ? 0.5 : StemOverlap.Dice(a.Names, b.Names);
        return Mix.Of(Side(a), Side(b), names);
    }

    /// <summary>The same score as <see cref="Score(ClaimCandidate, ClaimCandidate)"/> of the two claims, counted on their interned keys.</summary>
    internal static double Score(ClaimKeys a, ClaimKeys b)
    {
        var names = a.Names.Length + b.Names.Length == 0 ? 0.5 : 2.0 * SortedOverlap.Count<int>(a.Names, b.Names) / (a.Names.Length + b.Names.Length);
        var counts = new OverlapScore.Counts(SortedOverlap.Count<int>(a.Stems, b.Stems), a.Stems.Length, b.Stems.Length,
            SortedOverlap.Count<int>(a.Bigrams, b.Bigrams), a.Bigrams.Length, b.Bigrams.Length, a.Length, b.Length);
        return Mix.Of(counts, names);
    }

    private static OverlapScore.Side Side(ClaimCandidate c) => new(c.StemSet, c.Bigrams, c.Stems.Count);
}
