using Triangulate.Core.Text;

namespace Triangulate.Stories.Lineage;

/// <summary>
/// Decides whether two sentences say the same thing in other words (a rewrite's reworded sentence). The
/// score mixes IDF-weighted word overlap in both directions (Mihalcea et al. 2006, with exact matching of
/// light stems in place of WordNet), word-bigram overlap (word order), whether the figures agree, and the
/// length ratio. Unsupervised: the mixing weights and the threshold were chosen on the MSRP dev split
/// (docs/lineage.md has the figures); nothing is learned from labels beyond those five numbers.
/// </summary>
public sealed class SentenceMatcher
{
    /// <summary>Best F1 on the MSRP dev split, with newsdocs document frequencies.</summary>
    public const double DefaultThreshold = 0.354;

    private static readonly OverlapScore Mix = new(UnigramWeight: 1.0, BigramWeight: 1.0, LengthWeight: 0.1, CueWeight: 0.2);

    private readonly Func<string, double> _idf;

    /// <param name="idf">Inverse document frequency of a folded stem; null weighs every word 1.</param>
    public SentenceMatcher(Func<string, double>? idf = null, double threshold = DefaultThreshold)
    {
        _idf = idf ?? (_ => 1.0);
        Threshold = threshold;
    }

    public double Threshold { get; }

    public bool Matches(string a, string b) => Similarity(a, b) >= Threshold;

    /// <summary>0 (nothing in common) to 1 (the same words in the same order, same figures, same length).</summary>
    public double Similarity(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var stemsA = Stems(a);
        var stemsB = Stems(b);
        if (stemsA.Count == 0 || stemsB.Count == 0)
        {
            return 0;
        }

        var setA = stemsA.ToHashSet(StringComparer.Ordinal);
        var setB = stemsB.ToHashSet(StringComparer.Ordinal);
        var figures = Figures(setA).SetEquals(Figures(setB)) ? 1.0 : 0.0;
        return Mix.Of(new(setA, StemOverlap.Bigrams(stemsA), stemsA.Count), new(setB, StemOverlap.Bigrams(stemsB), stemsB.Count), figures, _idf);
    }

    /// <summary>The folded (case, accents) light stems of a text's words, in order.</summary>
    public static List<string> Stems(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = TokenSequence.Tokenize(text, 2000);
        var result = new List<string>(tokens.Count);
        Span<char> buffer = stackalloc char[64];
        for (var t = 0; t < tokens.Count; t++)
        {
            var length = Math.Min(buffer.Length, tokens.Ends[t] - tokens.Starts[t]);
            for (var i = 0; i < length; i++)
            {
                buffer[i] = TextFolding.Fold(text[tokens.Starts[t] + i]);
            }

            result.Add(Stem(buffer[..length]));
        }

        return result;
    }

    /// <summary>A light suffix stripper: enough to match "rises"/"rise", "reported"/"report".</summary>
    public static string Stem(ReadOnlySpan<char> word)
    {
        if (word.Length > 5 && word.EndsWith("ing"))
        {
            return new string(word[..^3]);
        }

        if (word.Length > 4 && word.EndsWith("ed"))
        {
            return new string(word[..^2]);
        }

        if (word.Length > 4 && word.EndsWith("ies"))
        {
            return string.Concat(word[..^3], "y");
        }

        if (word.Length > 3 && word.EndsWith("s") && !word.EndsWith("ss"))
        {
            return new string(word[..^1]);
        }

        return new string(word);
    }

    private static HashSet<string> Figures(HashSet<string> stems)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stem in stems)
        {
            if (char.IsAsciiDigit(stem[0]))
            {
                result.Add(stem);
            }
        }

        return result;
    }
}
