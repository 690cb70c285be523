namespace Triangulate.Stories.Lineage;

/// <summary>
/// The overlap measures that sentence matching (lineage) and claim alignment share, on sets of light
/// stems (<see cref="SentenceMatcher.Stems"/>): directed word coverage, word-bigram sets and Dice.
/// </summary>
internal static class StemOverlap
{
    /// <summary>Adjacent stem pairs ("oil price", "price rise"): word order, which word sets ignore.</summary>
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

    /// <summary>Share of <paramref name="from"/> found in <paramref name="to"/>, each word weighted by
    /// <paramref name="weight"/> (null: every word 1); 0 when <paramref name="from"/> is empty.</summary>
    public static double Directed(HashSet<string> from, HashSet<string> to, Func<string, double>? weight = null)
    {
        double total = 0, found = 0;
        foreach (var word in from)
        {
            var w = weight?.Invoke(word) ?? 1.0;
            total += w;
            if (to.Contains(word))
            {
                found += w;
            }
        }

        return total == 0 ? 0 : found / total;
    }

    /// <summary>Dice coefficient: twice the shared items over the sum of both sizes; 0 when both are empty.</summary>
    public static double Dice(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count + b.Count == 0)
        {
            return 0;
        }

        return 2.0 * Common(a, b) / (a.Count + b.Count);
    }

    /// <summary>How many items the two sets share, looked up from the smaller one.</summary>
    public static int Common(HashSet<string> a, HashSet<string> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var common = 0;
        foreach (var x in small)
        {
            if (large.Contains(x))
            {
                common++;
            }
        }

        return common;
    }
}
