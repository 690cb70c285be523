using Triangulate.Stories.Lineage;

namespace Triangulate.Stories.Claims;

/// <summary>
/// How close two claims are in meaning: the lineage <see cref="Lineage.SentenceMatcher"/> score (word and
/// bigram overlap, length ratio) computed on precomputed stems, plus agreement of the names they mention.
/// Figures are left out of the score on purpose: two outlets giving different counts for the same event
/// state the same proposition with a conflict, which alignment must keep together.
/// </summary>
public static class ClaimSimilarity
{
    /// <summary>Chosen on the BASIL dev stories (docs/claims.md).</summary>
    public const double DefaultThreshold = 0.36;

    private const double UnigramWeight = 1.0;
    private const double BigramWeight = 1.0;
    private const double LengthWeight = 0.1;
    private const double NameWeight = 0.3;
    private const double TotalWeight = UnigramWeight + BigramWeight + LengthWeight + NameWeight;

    public static double Score(ClaimCandidate a, ClaimCandidate b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var unigram = (StemOverlap.Directed(a.StemSet, b.StemSet) + StemOverlap.Directed(b.StemSet, a.StemSet)) / 2;
        var bigram = StemOverlap.Dice(a.Bigrams, b.Bigrams);
        var length = (double)Math.Min(a.Stems.Count, b.Stems.Count) / Math.Max(a.Stems.Count, b.Stems.Count);
        var names = a.Names.Count + b.Names.Count == 0 ? 0.5 : StemOverlap.Dice(a.Names, b.Names);
        return ((UnigramWeight * unigram) + (BigramWeight * bigram) + (LengthWeight * length) + (NameWeight * names)) / TotalWeight;
    }
}
