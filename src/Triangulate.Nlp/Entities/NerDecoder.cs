namespace Triangulate.Nlp.Entities;

/// <summary>Greedy left-to-right decoding under the BIO constraint (an I-T only continues T).</summary>
internal static class NerDecoder
{
    public const int StartTag = NerLabels.Count;

    public static void Score(float[] weights, ReadOnlySpan<int> a, ReadOnlySpan<int> b, Span<float> scores)
    {
        scores.Clear();
        AddRows(weights, a, scores);
        AddRows(weights, b, scores);
    }

    private static void AddRows(float[] weights, ReadOnlySpan<int> buckets, Span<float> scores)
    {
        foreach (var bucket in buckets)
        {
            var row = weights.AsSpan(bucket * NerLabels.Count, NerLabels.Count);
            for (var t = 0; t < NerLabels.Count; t++)
            {
                scores[t] += row[t];
            }
        }
    }

    public static int Best(ReadOnlySpan<float> scores, int previous)
    {
        var best = 0;
        var bestScore = float.NegativeInfinity;
        for (var t = 0; t < NerLabels.Count; t++)
        {
            if (scores[t] > bestScore && NerLabels.Allowed(previous, t))
            {
                best = t;
                bestScore = scores[t];
            }
        }

        return best;
    }

    public static void Decode(NerFeaturizer featurizer, float[] weights, PreparedSentence s, NerDocumentContext doc, Span<int> tags)
    {
        Span<int> dynamic = stackalloc int[NerFeaturizer.MaxDynamic];
        Span<float> scores = stackalloc float[NerLabels.Count];
        int p1 = StartTag, p2 = StartTag, previous = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var n = featurizer.Dynamic(s, i, p1, p2, doc, dynamic);
            Score(weights, s.StaticOf(i), dynamic[..n], scores);
            var tag = Best(scores, previous);
            tags[i] = tag;
            doc.Remember(s.Tokens[i].Lower, tag);
            p2 = p1;
            p1 = tag;
            previous = tag;
        }
    }
}
