namespace Triangulate.Stories.Lineage;

/// <summary>
/// The paraphrase score that sentence matching (lineage) and claim alignment share: word overlap in both
/// directions, word-bigram overlap (word order), the length ratio, and one cue of the caller's own (whether
/// the figures agree for lineage, name agreement for claims), as a weighted mean. Each caller keeps the
/// weights its dev split chose.
/// </summary>
internal sealed record OverlapScore(double UnigramWeight, double BigramWeight, double LengthWeight, double CueWeight)
{
    private double TotalWeight { get; } = UnigramWeight + BigramWeight + LengthWeight + CueWeight;

    /// <summary>0 to 1. <paramref name="idf"/> weighs each stem of the word overlap (null: every stem 1).</summary>
    public double Of(Side a, Side b, double cue, Func<string, double>? idf = null)
    {
        var unigram = idf is null
            ? Unweighted(a.Set, b.Set)
            : (StemOverlap.Directed(a.Set, b.Set, idf) + StemOverlap.Directed(b.Set, a.Set, idf)) / 2;
        var bigram = StemOverlap.Dice(a.Bigrams, b.Bigrams);
        var length = (double)Math.Min(a.Length, b.Length) / Math.Max(a.Length, b.Length);
        return ((UnigramWeight * unigram) + (BigramWeight * bigram) + (LengthWeight * length) + (CueWeight * cue)) / TotalWeight;
    }

    /// <summary>One statement's stems as a set, its stem bigrams, and its length in stems.</summary>
    public readonly record struct Side(HashSet<string> Set, HashSet<string> Bigrams, int Length);

    /// <summary>
    /// The mean of both directed overlaps when every stem weighs 1: each is the shared count over its own set's size,
    /// so the intersection is counted once, from the smaller set. The same divisions and sum as
    /// <see cref="StemOverlap.Directed"/> twice, so the same bits.
    /// </summary>
    private static double Unweighted(HashSet<string> a, HashSet<string> b)
    {
        double common = StemOverlap.Common(a, b);
        var fromA = a.Count == 0 ? 0 : common / a.Count;
        var fromB = b.Count == 0 ? 0 : common / b.Count;
        return (fromA + fromB) / 2;
    }
}
