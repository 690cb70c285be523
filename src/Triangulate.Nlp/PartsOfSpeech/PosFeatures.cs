using Triangulate.Nlp.Entities;

namespace Triangulate.Nlp.PartsOfSpeech;

/// <summary>
/// The feature templates of the part-of-speech tagger (after Honnibal's averaged-perceptron tagger): the word,
/// its affixes and shape, its neighbours, and the two previous tags. Each feature is a stable 64-bit hash, so a
/// saved model needs no feature strings. The per-word hashes are computed once per sentence (<see cref="Words"/>).
/// </summary>
internal static class PosFeatures
{
    public const int Count = 18;

    private static readonly ulong StartHash = FeatureHash.Of("-START-");
    private static readonly ulong EndHash = FeatureHash.Of("-END-");

    /// <summary>The hashes of one sentence's words that the templates combine.</summary>
    public sealed class Words
    {
        public Words(ReadOnlySpan<string> words)
        {
            Lower = new ulong[words.Length];
            Suffix2 = new ulong[words.Length];
            Suffix3 = new ulong[words.Length];
            Suffix4 = new ulong[words.Length];
            Prefix1 = new ulong[words.Length];
            Shapes = new ulong[words.Length];
            for (var i = 0; i < words.Length; i++)
            {
                var w = words[i];
                Lower[i] = FeatureHash.OfLower(Normal(w));
                Suffix2[i] = Suffix(w, 2);
                Suffix3[i] = Suffix(w, 3);
                Suffix4[i] = Suffix(w, 4);
                Prefix1[i] = FeatureHash.Of(w.Length > 1 ? w.AsSpan(0, 1) : w);
                Shapes[i] = Shape(w, i == 0);
            }
        }

        public ulong[] Lower { get; }
        public ulong[] Suffix2 { get; }
        public ulong[] Suffix3 { get; }
        public ulong[] Suffix4 { get; }
        public ulong[] Prefix1 { get; }
        public ulong[] Shapes { get; }
        public int Length => Lower.Length;
    }

    /// <summary>Fills <paramref name="features"/> for token <paramref name="i"/> given the tags already chosen before it.</summary>
    public static void Fill(Words words, int i, int previousTag, int previousTag2, Span<ulong> features)
    {
        var n = words.Length;
        var lower = words.Lower[i];
        var prev = i > 0 ? words.Lower[i - 1] : StartHash;
        var prev2 = i > 1 ? words.Lower[i - 2] : StartHash;
        var next = i + 1 < n ? words.Lower[i + 1] : EndHash;
        var next2 = i + 2 < n ? words.Lower[i + 2] : EndHash;
        var p1 = (ulong)(uint)(previousTag + 1);
        var p2 = (ulong)(uint)(previousTag2 + 1);
        features[0] = F(0, 0);
        features[1] = F(1, lower);
        features[2] = F(2, words.Suffix3[i]);
        features[3] = F(3, words.Suffix2[i]);
        features[4] = F(4, words.Prefix1[i]);
        features[5] = F(5, words.Shapes[i]);
        features[6] = F(6, p1);
        features[7] = F(7, (p1 << 8) | p2);
        features[8] = F(8, FeatureHash.Combine(p1, lower));
        features[9] = F(9, prev);
        features[10] = F(10, i > 0 ? words.Suffix3[i - 1] : StartHash);
        features[11] = F(11, prev2);
        features[12] = F(12, next);
        features[13] = F(13, i + 1 < n ? words.Suffix3[i + 1] : EndHash);
        features[14] = F(14, next2);
        features[15] = F(15, FeatureHash.Combine(prev, lower));
        features[16] = F(16, FeatureHash.Combine(lower, next));
        features[17] = F(17, words.Suffix4[i]);
    }

    private static ulong F(int template, ulong value) => FeatureHash.Combine((ulong)template + 1, value);

    /// <summary>Numbers fold to their shape class so "1996" and "2025" share weights.</summary>
    private static ReadOnlySpan<char> Normal(string w)
    {
        if (w.Length == 4 && char.IsDigit(w[0]) && char.IsDigit(w[3]))
        {
            return "!YEAR";
        }

        return w.Length > 0 && char.IsDigit(w[0]) ? "!DIGITS" : w;
    }

    private static ulong Suffix(string w, int n) => FeatureHash.OfLower(w.Length > n ? w.AsSpan(w.Length - n) : w);

    /// <summary>Capitalised (sentence-initial or not), all capitals, digits, hyphen, lower case.</summary>
    private static ulong Shape(string w, bool first)
    {
        ulong s = 0;
        if (w.Length > 0 && char.IsUpper(w[0]))
        {
            s |= first ? 1UL : 2UL;
        }

        var upper = true;
        foreach (var c in w)
        {
            if (char.IsDigit(c))
            {
                s |= 4;
            }
            else if (c == '-')
            {
                s |= 8;
            }
            else if (char.IsLetter(c) && !char.IsUpper(c))
            {
                upper = false;
            }
        }

        return upper && w.Length > 1 ? s | 16 : s;
    }
}
