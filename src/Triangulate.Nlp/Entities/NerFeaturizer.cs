using Triangulate.Core.Model;

namespace Triangulate.Nlp.Entities;

/// <summary>
/// Turns tokens into hashed feature buckets: word, lower case, shape, affixes, a ±2 window, word clusters,
/// gazetteer matches, sentence position and casing context, document casing (static, computed once per
/// sentence) and previous tags plus document prediction history (dynamic, computed while decoding).
/// </summary>
internal sealed partial class NerFeaturizer
{
    private const ulong Start = 0xB0B0B0B0UL;
    private const ulong End = 0xE0E0E0E0UL;
    private readonly WordClusters _clusters;
    private readonly int _shift;

    public NerFeaturizer(WordClusters clusters, int bits)
    {
        _clusters = clusters;
        _shift = 64 - bits;
    }

    private enum T
    {
        Bias = 1, Word, Lower, Shape, Short, P1, P2, P3, P4, S1, S2, S3, S4,
        Lm1, Lp1, Lm2, Lp2, ShM1, ShP1, ShM1P1, LM1L, LLP1, C0F, C0M, C0C, Cm1F, Cp1F, Cm1M, Cp1M, Cm2M, Cp2M,
        Pos, Gaz, GazM1, GazP1, Doc, Pt1, Pt2, Pt1W, Pt1Sh, Hist, HistSh, HistP1, Sm1S3, CapsLower, Cm1C0, Cap0, CapM1, CapP1,
    }

    /// <summary>Computes the per-token values of one sentence (hashes, clusters, gazetteer flags).</summary>
    public NerToken[] Analyze(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> spans, Gazetteer gazetteer)
    {
        var toks = new NerToken[spans.Length];
        Span<char> lower = stackalloc char[4];
        for (var i = 0; i < spans.Length; i++)
        {
            var w = text.Slice(spans[i].Start, spans[i].Length);
            ref var t = ref toks[i];
            t.Word = FeatureHash.Of(w);
            t.Lower = FeatureHash.OfLower(w);
            ComputeShape(w, ref t);
            ComputeAffixes(w, lower, ref t);
            t.Cluster = _clusters.Lookup(w, t.Word);
        }

        if (gazetteer.Count > 0 && spans.Length > 0)
        {
            var lowers = new ulong[spans.Length];
            var canStart = new bool[spans.Length];
            var flags = new long[spans.Length];
            for (var i = 0; i < toks.Length; i++)
            {
                lowers[i] = toks[i].Lower;
                canStart[i] = (toks[i].Flags & (NerToken.UpperInitial | NerToken.HasDigit)) != 0;
            }

            gazetteer.Match(lowers, canStart, flags);
            for (var i = 0; i < toks.Length; i++)
            {
                toks[i].Gazetteer = flags[i];
            }
        }

        return toks;
    }

    /// <summary>Records how the sentence's words are cased, for the document casing feature.</summary>
    public static void ObserveCasing(NerToken[] toks, NerDocumentContext doc)
    {
        if (IsAllCaps(toks))
        {
            return;
        }

        for (var i = 1; i < toks.Length; i++)
        {
            var f = toks[i].Flags;
            doc.ObserveCasing(toks[i].Lower, (f & NerToken.UpperInitial) != 0, (f & NerToken.LowerInitial) != 0);
        }
    }

    public static bool IsAllCaps(NerToken[] toks)
    {
        var letters = 0;
        foreach (var t in toks)
        {
            if ((t.Flags & NerToken.HasLetter) == 0)
            {
                continue;
            }

            if ((t.Flags & NerToken.AllUpper) == 0)
            {
                return false;
            }

            letters++;
        }

        return letters >= 2;
    }

    /// <summary>Hashes the static features of every token of a sentence.</summary>
    public PreparedSentence Featurize(NerToken[] toks, NerDocumentContext doc)
    {
        var allCaps = IsAllCaps(toks);
        var offsets = new int[toks.Length + 1];
        var buffer = new List<int>(toks.Length * 48);
        for (var i = 0; i < toks.Length; i++)
        {
            AddStatic(toks, i, allCaps, doc, buffer);
            offsets[i + 1] = buffer.Count;
        }

        return new PreparedSentence(toks, buffer.ToArray(), offsets);
    }

    private void AddStatic(NerToken[] toks, int i, bool allCaps, NerDocumentContext doc, List<int> o)
    {
        ref readonly var t = ref toks[i];
        var prev = i > 0 ? toks[i - 1] : default;
        var next = i + 1 < toks.Length ? toks[i + 1] : default;
        var lm1 = i > 0 ? prev.Lower : Start;
        var lp1 = i + 1 < toks.Length ? next.Lower : End;
        var lm2 = i > 1 ? toks[i - 2].Lower : Start;
        var lp2 = i + 2 < toks.Length ? toks[i + 2].Lower : End;
        var shm1 = i > 0 ? prev.ShortShape : Start;
        var shp1 = i + 1 < toks.Length ? next.ShortShape : End;

        o.Add(B(T.Bias, 0));
        o.Add(B(T.Word, t.Word));
        o.Add(B(T.Lower, t.Lower));
        o.Add(B(T.Shape, t.Shape));
        o.Add(B(T.Short, t.ShortShape));
        o.Add(B(T.P1, t.Prefix1));
        o.Add(B(T.P2, t.Prefix2));
        o.Add(B(T.P3, t.Prefix3));
        o.Add(B(T.P4, t.Prefix4));
        o.Add(B(T.S1, t.Suffix1));
        o.Add(B(T.S2, t.Suffix2));
        o.Add(B(T.S3, t.Suffix3));
        o.Add(B(T.S4, t.Suffix4));
        o.Add(B(T.Lm1, lm1));
        o.Add(B(T.Lp1, lp1));
        o.Add(B(T.Lm2, lm2));
        o.Add(B(T.Lp2, lp2));
        o.Add(B(T.ShM1, FeatureHash.Combine(shm1, t.ShortShape)));
        o.Add(B(T.ShP1, FeatureHash.Combine(t.ShortShape, shp1)));
        o.Add(B(T.ShM1P1, FeatureHash.Combine(FeatureHash.Combine(shm1, t.ShortShape), shp1)));
        o.Add(B(T.LM1L, FeatureHash.Combine(lm1, t.Lower)));
        o.Add(B(T.LLP1, FeatureHash.Combine(t.Lower, lp1)));
        o.Add(B(T.Sm1S3, FeatureHash.Combine(lm1, t.Suffix3)));

        var c = t.Cluster;
        o.Add(B(T.C0F, (ulong)WordClusters.Fine(c)));
        o.Add(B(T.C0M, (ulong)WordClusters.Mid(c)));
        o.Add(B(T.C0C, (ulong)WordClusters.Coarse(c)));
        var cm1 = i > 0 ? prev.Cluster : -1;
        var cp1 = i + 1 < toks.Length ? next.Cluster : -1;
        var cm2 = i > 1 ? toks[i - 2].Cluster : -1;
        var cp2 = i + 2 < toks.Length ? toks[i + 2].Cluster : -1;
        o.Add(B(T.Cm1F, ClusterValue(cm1, 0)));
        o.Add(B(T.Cp1F, ClusterValue(cp1, 0)));
        o.Add(B(T.Cm1M, ClusterValue(cm1, 1)));
        o.Add(B(T.Cp1M, ClusterValue(cp1, 1)));
        o.Add(B(T.Cm2M, ClusterValue(cm2, 1)));
        o.Add(B(T.Cp2M, ClusterValue(cp2, 1)));
        o.Add(B(T.Cm1C0, FeatureHash.Combine(ClusterValue(cm1, 1), (ulong)WordClusters.Mid(c))));

        var position = (ulong)((i == 0 ? 1 : 0) | (allCaps ? 2 : 0));
        o.Add(B(T.Pos, FeatureHash.Combine(position, t.ShortShape)));
        if (allCaps)
        {
            o.Add(B(T.CapsLower, t.Lower));
        }

        var capContext = (ulong)((t.Flags & (NerToken.UpperInitial | NerToken.AllUpper)) | (i == 0 ? 32 : 0) | (allCaps ? 64 : 0));
        o.Add(B(T.Cap0, FeatureHash.Combine(_clusters.CapitalisationBin(t.Lower), capContext)));
        o.Add(B(T.CapM1, i > 0 ? _clusters.CapitalisationBin(prev.Lower) : 9UL));
        o.Add(B(T.CapP1, i + 1 < toks.Length ? _clusters.CapitalisationBin(next.Lower) : 9UL));
        AddBits(T.Gaz, t.Gazetteer, o);
        AddBits(T.GazM1, prev.Gazetteer, o);
        AddBits(T.GazP1, next.Gazetteer, o);

        if ((t.Flags & (NerToken.UpperInitial | NerToken.AllUpper)) != 0)
        {
            var casing = (ulong)(doc.CasingOf(t.Lower) | (i == 0 ? 4 : 0) | (allCaps ? 8 : 0));
            o.Add(B(T.Doc, casing));
        }
    }

    private static ulong ClusterValue(int packed, int level) => packed < 0 ? 0xFFFFUL : level == 0 ? (ulong)WordClusters.Fine(packed) : (ulong)WordClusters.Mid(packed);

    private void AddBits(T template, long bits, List<int> o)
    {
        while (bits != 0)
        {
            var b = System.Numerics.BitOperations.TrailingZeroCount(bits);
            o.Add(B(template, (ulong)b));
            bits &= bits - 1;
        }
    }

    public const int HistoryFeatures = 3;
    public const int TransitionFeatures = 4;

    /// <summary>
    /// Document-history features of token i (the type last predicted for this word and for the next word
    /// in earlier sentences); fixed for the whole sentence, so computed once per token before decoding.
    /// </summary>
    public void History(PreparedSentence s, int i, NerDocumentContext doc, Span<int> o)
    {
        ref readonly var t = ref s.Tokens[i];
        var hist = doc.HistoryOf(t.Lower);
        var histNext = i + 1 < s.Length ? doc.HistoryOf(s.Tokens[i + 1].Lower) : (byte)7;
        o[0] = B(T.Hist, hist);
        o[1] = B(T.HistSh, FeatureHash.Combine(hist, t.ShortShape));
        o[2] = B(T.HistP1, histNext);
    }

    /// <summary>The transition features that do not depend on the token: previous tag, previous two tags.</summary>
    public void PairFeatures(int p1, int p2, Span<int> o)
    {
        o[0] = B(T.Pt1, (ulong)p1);
        o[1] = B(T.Pt2, (ulong)((p1 * 16) + p2));
    }

    /// <summary>The transition features that pair the previous tag with token i.</summary>
    public void WordTransitionFeatures(PreparedSentence s, int i, int p1, Span<int> o)
    {
        ref readonly var t = ref s.Tokens[i];
        o[0] = B(T.Pt1W, FeatureHash.Combine((ulong)p1, t.Lower));
        o[1] = B(T.Pt1Sh, FeatureHash.Combine((ulong)p1, t.ShortShape));
    }

    /// <summary>Features of token i that depend on the two previous tags of the path being scored.</summary>
    public void Transition(PreparedSentence s, int i, int p1, int p2, Span<int> o)
    {
        ref readonly var t = ref s.Tokens[i];
        o[0] = B(T.Pt1, (ulong)p1);
        o[1] = B(T.Pt2, (ulong)((p1 * 16) + p2));
        o[2] = B(T.Pt1W, FeatureHash.Combine((ulong)p1, t.Lower));
        o[3] = B(T.Pt1Sh, FeatureHash.Combine((ulong)p1, t.ShortShape));
    }

    private int B(T template, ulong value) => FeatureHash.Bucket((int)template, value, _shift);
}
