namespace Triangulate.Stories.Claims;

/// <summary>
/// How close two claims are in meaning: the lineage <see cref="Syndication.SentenceMatcher"/> score (word and
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
        var unigram = (Directed(a.StemSet, b.StemSet) + Directed(b.StemSet, a.StemSet)) / 2;
        var bigram = Dice(a.Bigrams, b.Bigrams);
        var length = (double)Math.Min(a.Stems.Count, b.Stems.Count) / Math.Max(a.Stems.Count, b.Stems.Count);
        var names = a.Names.Count + b.Names.Count == 0 ? 0.5 : Dice(a.Names, b.Names);
        return ((UnigramWeight * unigram) + (BigramWeight * bigram) + (LengthWeight * length) + (NameWeight * names)) / TotalWeight;
    }

    public static HashSet<string> Bigrams(IReadOnlyList<string> stems)
    {
        ArgumentNullException.ThrowIfNull(stems);
        var result = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < stems.Count; i++)
        {
            result.Add(string.Concat(stems[i - 1], " ", stems[i]));
        }

        return result;
    }

    private static double Directed(HashSet<string> from, HashSet<string> to)
    {
        if (from.Count == 0)
        {
            return 0;
        }

        var found = 0;
        foreach (var word in from)
        {
            if (to.Contains(word))
            {
                found++;
            }
        }

        return (double)found / from.Count;
    }

    private static double Dice(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count + b.Count == 0)
        {
            return 0;
        }

        var common = 0;
        foreach (var x in a)
        {
            if (b.Contains(x))
            {
                common++;
            }
        }

        return 2.0 * common / (a.Count + b.Count);
    }
}
