using System.Numerics;
using Triangulate.Core.Text;

namespace Triangulate.Nlp.Entities;

/// <summary>
/// Learns word clusters from unlabelled text, cheaply: each frequent word gets a vector of positive PMI
/// with its left and right neighbours (context-distribution smoothing 0.75), randomly projected to a
/// dense vector; spherical k-means then groups words into fine clusters, the fine centroids into mid
/// clusters and those into coarse ones — a three-level hierarchy standing in for Brown-cluster prefixes
/// at a fraction of the cost (seconds, not hours). Deterministic for a given seed.
/// </summary>
internal sealed class WordClusterTrainer(NerTrainerOptions options)
{
    private readonly NerTrainerOptions _o = options;

    public WordClusters Train(IEnumerable<string> texts, Action<string> log)
    {
        var casing = new Dictionary<ulong, (int Capitalised, int Lower)>();
        var counts = CountWords(texts, casing);
        var vocab = counts.Where(kv => kv.Value >= _o.ClusterMinCount)
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(_o.ClusterVocabulary).Select(kv => kv.Key).ToArray();
        log($"clusters: {counts.Count:N0} word types, vocabulary {vocab.Length:N0}");
        var vectors = ContextVectors(texts, vocab);
        var rng = new Random(_o.Seed);
        var fine = KMeans(vectors, Math.Min(_o.FineClusters, vocab.Length), rng, out var fineCentroids);
        var mid = KMeans(fineCentroids, Math.Min(_o.MidClusters, fineCentroids.Length), rng, out var midCentroids);
        var coarse = KMeans(midCentroids, Math.Min(_o.CoarseClusters, midCentroids.Length), rng, out _);
        var ids = new Dictionary<ulong, int>(vocab.Length);
        for (var w = 0; w < vocab.Length; w++)
        {
            var f = fine[w];
            ids[FeatureHash.Of(vocab[w])] = WordClusters.Pack(f, mid[f], coarse[mid[f]]);
        }

        var bins = new Dictionary<ulong, byte>();
        foreach (var (k, (cap, low)) in casing)
        {
            var bin = WordClusters.Bin(cap, low);
            if (bin != 0)
            {
                bins[k] = bin;
            }
        }

        log($"capitalisation priors: {bins.Count:N0} words");
        return new WordClusters(ids, bins);
    }

    private static Dictionary<string, int> CountWords(IEnumerable<string> texts, Dictionary<ulong, (int Capitalised, int Lower)> casing)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        var spans = new List<Core.Model.TextSpan>();
        foreach (var text in texts)
        {
            spans.Clear();
            Tokenizer.Default.Tokenize(text, spans);
            for (var i = 0; i < spans.Count; i++)
            {
                var w = text.AsSpan(spans[i].Start, spans[i].Length);
                lookup.TryGetValue(w, out var c);
                lookup[w] = c + 1;
                if (i > 0 && IsMidSentence(text, spans[i - 1], w))
                {
                    var key = FeatureHash.OfLower(w);
                    casing.TryGetValue(key, out var old);
                    casing[key] = char.IsUpper(w[0]) ? (old.Capitalised + 1, old.Lower) : (old.Capitalised, old.Lower + 1);
                }
            }
        }

        return counts;
    }

    /// <summary>A letter-initial word after a word or comma, not in all caps: its casing is informative.</summary>
    private static bool IsMidSentence(string text, Core.Model.TextSpan previous, ReadOnlySpan<char> w)
    {
        if (!char.IsLetter(w[0]) || (w.Length > 1 && IsAllUpper(w)))
        {
            return false;
        }

        var p = text[previous.End - 1];
        return char.IsLower(p) || char.IsDigit(p) || p == ',';
    }

    private static bool IsAllUpper(ReadOnlySpan<char> w)
    {
        foreach (var ch in w)
        {
            if (char.IsLower(ch))
            {
                return false;
            }
        }

        return true;
    }

    private float[][] ContextVectors(IEnumerable<string> texts, string[] vocab)
    {
        var ids = new Dictionary<string, int>(vocab.Length, StringComparer.Ordinal);
        for (var i = 0; i < vocab.Length; i++)
        {
            ids[vocab[i]] = i;
        }

        var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var contexts = Math.Min(_o.ClusterContexts, vocab.Length);
        var width = 2 * (contexts + 1);
        var cooc = new int[vocab.Length * width];
        var spans = new List<Core.Model.TextSpan>();
        var row = new int[4096];
        foreach (var text in texts)
        {
            spans.Clear();
            Tokenizer.Default.Tokenize(text, spans);
            if (row.Length < spans.Count)
            {
                row = new int[spans.Count * 2];
            }

            for (var i = 0; i < spans.Count; i++)
            {
                row[i] = lookup.TryGetValue(text.AsSpan(spans[i].Start, spans[i].Length), out var id) ? id : -1;
            }

            for (var i = 0; i < spans.Count; i++)
            {
                var w = row[i];
                if (w < 0)
                {
                    continue;
                }

                var left = i > 0 && row[i - 1] >= 0 && row[i - 1] < contexts ? row[i - 1] : contexts;
                var right = i + 1 < spans.Count && row[i + 1] >= 0 && row[i + 1] < contexts ? row[i + 1] : contexts;
                cooc[(w * width) + left]++;
                cooc[(w * width) + contexts + 1 + right]++;
            }
        }

        return Project(cooc, vocab.Length, width);
    }

    /// <summary>PPMI weighting then a seeded ±1 random projection to <see cref="NerTrainerOptions.ClusterDimensions"/>, rows L2-normalised.</summary>
    private float[][] Project(int[] cooc, int words, int width)
    {
        var colSum = new double[width];
        var rowSum = new double[words];
        double total = 0;
        for (var w = 0; w < words; w++)
        {
            for (var c = 0; c < width; c++)
            {
                var x = cooc[(w * width) + c];
                rowSum[w] += x;
                colSum[c] += x;
                total += x;
            }
        }

        var smoothed = new double[width];
        double smoothedTotal = 0;
        for (var c = 0; c < width; c++)
        {
            smoothed[c] = Math.Pow(colSum[c], 0.75);
            smoothedTotal += smoothed[c];
        }

        var dims = _o.ClusterDimensions;
        var rng = new Random(_o.Seed + 17);
        var projection = new float[width * dims];
        for (var i = 0; i < projection.Length; i++)
        {
            projection[i] = rng.Next(2) == 0 ? -1f : 1f;
        }

        var vectors = new float[words][];
        Parallel.For(0, words, w =>
        {
            var v = new float[dims];
            for (var c = 0; c < width; c++)
            {
                var x = cooc[(w * width) + c];
                if (x == 0 || smoothed[c] == 0)
                {
                    continue;
                }

                var pmi = Math.Log(x * smoothedTotal / (rowSum[w] * smoothed[c]));
                if (pmi <= 0)
                {
                    continue;
                }

                var p = projection.AsSpan(c * dims, dims);
                for (var d = 0; d < dims; d++)
                {
                    v[d] += (float)pmi * p[d];
                }
            }

            Normalize(v);
            vectors[w] = v;
        });
        return vectors;
    }

    private int[] KMeans(float[][] points, int k, Random rng, out float[][] centroids)
    {
        var dims = points[0].Length;
        var order = Enumerable.Range(0, points.Length).OrderBy(_ => rng.Next()).Take(k).ToArray();
        centroids = order.Select(i => (float[])points[i].Clone()).ToArray();
        var assign = new int[points.Length];
        for (var iter = 0; iter < _o.KMeansIterations; iter++)
        {
            var current = centroids;
            Parallel.For(0, points.Length, p => assign[p] = Nearest(points[p], current));
            var sums = new float[k][];
            for (var c = 0; c < k; c++)
            {
                sums[c] = new float[dims];
            }

            for (var p = 0; p < points.Length; p++)
            {
                var s = sums[assign[p]];
                var v = points[p];
                for (var d = 0; d < dims; d++)
                {
                    s[d] += v[d];
                }
            }

            for (var c = 0; c < k; c++)
            {
                if (Normalize(sums[c]))
                {
                    centroids[c] = sums[c];
                }
            }
        }

        return assign;
    }

    private static int Nearest(float[] v, float[][] centroids)
    {
        var best = 0;
        var bestDot = float.NegativeInfinity;
        for (var c = 0; c < centroids.Length; c++)
        {
            var d = Dot(v, centroids[c]);
            if (d > bestDot)
            {
                bestDot = d;
                best = c;
            }
        }

        return best;
    }

    private static float Dot(float[] a, float[] b)
    {
        var sum = Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            sum += new Vector<float>(a, i) * new Vector<float>(b, i);
        }

        var total = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }

        return total;
    }

    private static bool Normalize(float[] v)
    {
        var norm = MathF.Sqrt(Dot(v, v));
        if (norm == 0)
        {
            return false;
        }

        for (var d = 0; d < v.Length; d++)
        {
            v[d] /= norm;
        }

        return true;
    }
}
