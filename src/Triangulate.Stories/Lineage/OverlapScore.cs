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
        if (idf is null)
        {
            return Of(new Counts(StemOverlap.Common(a.Set, b.Set), a.Set.Count, b.Set.Count, StemOverlap.Common(a.Bigrams, b.Bigrams), a.Bigrams.Count, b.Bigrams.Count, a.Length, b.Length), cue);
        }

        var unigram = (StemOverlap.Directed(a.Set, b.Set, idf) + StemOverlap.Directed(b.Set, a.Set, idf)) / 2;
        return Mean(unigram, StemOverlap.Dice(a.Bigrams, b.Bigrams), a.Length, b.Length, cue);
    }

    /// <summary>
    /// The score with every stem weighing 1, from the counts alone (claim alignment counts on interned ids). Each
    /// directed overlap is the shared count over its own set's size: the same divisions and sum as
    /// <see cref="StemOverlap.Directed"/> both ways and <see cref="StemOverlap.Dice"/>, so the same bits.
    /// </summary>
    public double Of(Counts counts, double cue)
    {
        double common = counts.CommonStems;
        var fromA = counts.StemsA == 0 ? 0 : common / counts.StemsA;
        var fromB = counts.StemsB == 0 ? 0 : common / counts.StemsB;
        var bigrams = counts.BigramsA + counts.BigramsB;
        var bigram = bigrams == 0 ? 0 : 2.0 * counts.CommonBigrams / bigrams;
        return Mean((fromA + fromB) / 2, bigram, counts.LengthA, counts.LengthB, cue);
    }

    private double Mean(double unigram, double bigram, int lengthA, int lengthB, double cue)
    {
        var length = (double)Math.Min(lengthA, lengthB) / Math.Max(lengthA, lengthB);
        return ((UnigramWeight * unigram) + (BigramWeight * bigram) + (LengthWeight * length) + (CueWeight * cue)) / TotalWeight;
    }

    /// <summary>One statement's stems as a set, its stem bigrams, and its length in stems.</summary>
    public readonly record struct Side(HashSet<string> Set, HashSet<string> Bigrams, int Length);

    /// <summary>What an unweighted comparison of two sides counts: shared stems and bigrams, each side's set sizes and lengths.</summary>
    public readonly record struct Counts(int CommonStems, int StemsA, int StemsB, int CommonBigrams, int BigramsA, int BigramsB, int LengthA, int LengthB);
}
