using Triangulate.Extraction.Cleaning.Furniture;

namespace Triangulate.Extraction.Cleaning.Scraped;

/// <summary>
/// Fits a <see cref="TreeEnsemble"/> to 0/1 labels with log loss: each round adds one depth-limited tree grown on
/// gradient and hessian histograms over at most 64 quantile bins per feature (Newton leaf values, L2 on the leaves),
/// scaled by the learning rate. No sampling, so the same data gives the same model.
/// </summary>
internal static class TreeBoosting
{
    private const int MaxBins = 64;

    /// <param name="weights">Per example weight (the trainer evens out pages of very different length).</param>
    public static TreeEnsemble Fit(string[] names, List<float[]> rows, List<float> labels, List<float> weights, FurnitureTrainerOptions options)
    {
        var n = rows.Count;
        var d = names.Length;
        var cuts = new float[d][];
        var bins = new byte[d][];
        for (var j = 0; j < d; j++)
        {
            cuts[j] = Cuts(rows, j);
            bins[j] = new byte[n];
            for (var i = 0; i < n; i++)
            {
                bins[j][i] = (byte)Bin(cuts[j], rows[i][j]);
            }
        }

        var positives = labels.Sum();
        var bias = Math.Log((positives + 1) / (n - positives + 1));
        var score = Enumerable.Repeat(bias, n).ToArray();
        var gradient = new double[n];
        var hessian = new double[n];
        var trees = new List<TreeEnsemble.Tree>(options.Rounds);
        for (var round = 0; round < options.Rounds; round++)
        {
            for (var i = 0; i < n; i++)
            {
                var p = TreeEnsemble.Sigmoid(score[i]);
                gradient[i] = (p - labels[i]) * weights[i];
                hessian[i] = Math.Max(p * (1 - p), 1e-6) * weights[i];
            }

            var tree = new TreeGrower(bins, cuts, gradient, hessian, options).Grow(n);
            trees.Add(tree);
            for (var i = 0; i < n; i++)
            {
                score[i] += tree.Value(rows[i]);
            }
        }

        return new TreeEnsemble { Names = names, Bias = Math.Round(bias, 6), Trees = [.. trees] };
    }

    /// <summary>Up to <see cref="MaxBins"/> - 1 cut points at quantiles of the feature's distinct values.</summary>
    private static float[] Cuts(List<float[]> rows, int j)
    {
        var values = new float[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            values[i] = rows[i][j];
        }

        Array.Sort(values);
        var cuts = new List<float>();
        for (var q = 1; q < MaxBins; q++)
        {
            var at = values.Length == 0 ? 0f : values[(int)((long)q * (values.Length - 1) / MaxBins)];
            if (values.Length > 0 && at < values[^1] && (cuts.Count == 0 || at > cuts[^1]))
            {
                cuts.Add(at);
            }
        }

        return [.. cuts];
    }

    private static int Bin(float[] cuts, float value)
    {
        var b = 0;
        while (b < cuts.Length && value > cuts[b])
        {
            b++;
        }

        return b;
    }

    /// <summary>Grows one tree level by level on histograms of the gradients.</summary>
    private sealed class TreeGrower(byte[][] bins, float[][] cuts, double[] gradient, double[] hessian, FurnitureTrainerOptions options)
    {
        private readonly List<int> _feature = [];
        private readonly List<float> _threshold = [];
        private readonly List<int> _left = [];
        private readonly List<int> _right = [];
        private readonly List<float> _leaf = [];

        public TreeEnsemble.Tree Grow(int n)
        {
            var pending = new Queue<(int Node, int[] Rows, int Depth)>();
            pending.Enqueue((NewNode(), Enumerable.Range(0, n).ToArray(), 0));
            while (pending.Count > 0)
            {
                var (node, rows, depth) = pending.Dequeue();
                double g = 0, h = 0;
                foreach (var i in rows)
                {
                    g += gradient[i];
                    h += hessian[i];
                }

                var split = depth < options.Depth ? BestSplit(rows, g, h) : null;
                if (split is not { } s)
                {
                    _leaf[node] = (float)Math.Round(-g / (h + options.Lambda) * options.LearningRate, 6);
                    continue;
                }

                var left = rows.Where(i => bins[s.Feature][i] <= s.Bin).ToArray();
                var right = rows.Where(i => bins[s.Feature][i] > s.Bin).ToArray();
                _feature[node] = s.Feature;
                _threshold[node] = cuts[s.Feature][s.Bin];
                _left[node] = NewNode();
                _right[node] = NewNode();
                pending.Enqueue((_left[node], left, depth + 1));
                pending.Enqueue((_right[node], right, depth + 1));
            }

            return new TreeEnsemble.Tree { Feature = [.. _feature], Threshold = [.. _threshold], Left = [.. _left], Right = [.. _right], Leaf = [.. _leaf] };
        }

        private int NewNode()
        {
            _feature.Add(-1);
            _threshold.Add(0);
            _left.Add(-1);
            _right.Add(-1);
            _leaf.Add(0);
            return _feature.Count - 1;
        }

        private (int Feature, int Bin)? BestSplit(int[] rows, double g, double h)
        {
            var lambda = options.Lambda;
            var parent = g * g / (h + lambda);
            var best = 1e-9;
            (int, int)? result = null;
            var hg = new double[MaxBins];
            var hh = new double[MaxBins];
            for (var j = 0; j < bins.Length; j++)
            {
                if (cuts[j].Length == 0)
                {
                    continue;
                }

                Array.Clear(hg);
                Array.Clear(hh);
                var column = bins[j];
                foreach (var i in rows)
                {
                    hg[column[i]] += gradient[i];
                    hh[column[i]] += hessian[i];
                }

                double gl = 0, hl = 0;
                for (var b = 0; b < cuts[j].Length; b++)
                {
                    gl += hg[b];
                    hl += hh[b];
                    var gr = g - gl;
                    var hr = h - hl;
                    if (hl < options.MinChildHessian || hr < options.MinChildHessian)
                    {
                        continue;
                    }

                    var gain = (gl * gl / (hl + lambda)) + (gr * gr / (hr + lambda)) - parent;
                    if (gain > best)
                    {
                        best = gain;
                        result = (j, b);
                    }
                }
            }

            return result;
        }
    }
}
