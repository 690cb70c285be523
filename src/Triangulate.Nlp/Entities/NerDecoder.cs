using System.Runtime.Intrinsics;

namespace Triangulate.Nlp.Entities;

/// <summary>
/// Beam search over BIO tag sequences (an I-T only continues T) with second-order transition features.
/// With a gold sequence it also drives structured-perceptron training with early update (Collins &amp;
/// Roark 2004): as soon as the gold prefix falls out of the beam, the weights move toward that prefix
/// and away from the best item, and the sentence stops there.
/// </summary>
internal sealed class NerDecoder
{
    public const int StartTag = NerLabels.Count;

    private readonly NerFeaturizer _featurizer;
    private readonly int _beam;
    private Item[][] _columns = [];
    private int[] _counts = [];
    private int[] _history = [];
    private readonly Item[] _candidates;
    private const int TagStates = NerLabels.Count + 1;
    private readonly float[] _pairScores = new float[TagStates * TagStates * NerLabels.Count];
    private readonly float[] _wordScores = new float[TagStates * NerLabels.Count];
    private readonly bool[] _wordScored = new bool[TagStates];
    private bool _pairsReady;

    public NerDecoder(NerFeaturizer featurizer, int beam)
    {
        _featurizer = featurizer;
        _beam = Math.Max(1, beam);
        _candidates = new Item[_beam * NerLabels.Count];
    }

    private struct Item
    {
        public float Score;
        public int Tag;
        public int P1;
        public int Parent;
        public bool Gold;
    }

    /// <summary>Tags one sentence into <paramref name="tags"/> and records them in the document history.
    /// <paramref name="nonZeroRows"/> (one bit per bucket, <see cref="NerModel.NonZeroRows"/>) lets the decoder skip
    /// all-zero rows without reading them: adding zeros changes no score.</summary>
    public void Decode(float[] weights, ulong[]? nonZeroRows, PreparedSentence s, NerDocumentContext doc, Span<int> tags)
    {
        Run(weights, nonZeroRows, s, doc, null);
        Backtrack(s.Length - 1, 0, tags);
        Remember(s, doc, tags, s.Length);
    }

    /// <summary>One training step on a sentence; returns whether an update was made.</summary>
    public bool Train(AveragedPerceptron perceptron, PreparedSentence s, NerDocumentContext doc, int[] gold)
    {
        var n = s.Length;
        if (n == 0)
        {
            return false;
        }

        var stoppedAt = Run(perceptron.Weights, null, s, doc, gold);
        var last = stoppedAt >= 0 ? stoppedAt : n - 1;
        Span<int> predicted = n <= 512 ? stackalloc int[n] : new int[n];
        Backtrack(last, 0, predicted);
        var updated = false;
        if (stoppedAt >= 0 || !predicted[..n].SequenceEqual(gold))
        {
            Update(perceptron, s, gold, predicted, last);
            updated = true;
        }

        Remember(s, doc, predicted, last + 1);
        perceptron.Tick(n);
        return updated;
    }

    /// <summary>Fills the beam columns; returns the position where the gold prefix fell out, or -1.</summary>
    private int Run(float[] weights, ulong[]? nonZeroRows, PreparedSentence s, NerDocumentContext doc, int[]? gold)
    {
        var n = s.Length;
        Ensure(n);
        Span<float> staticScores = stackalloc float[NerLabels.Count];
        Span<float> scores = stackalloc float[NerLabels.Count];
        Span<int> pair = stackalloc int[2];
        if (gold is not null || !_pairsReady)
        {
            // Scores of the token-independent transition features, per (p1, p2); weights change while training.
            for (var p1 = 0; p1 < TagStates; p1++)
            {
                for (var p2 = 0; p2 < TagStates; p2++)
                {
                    _featurizer.PairFeatures(p1, p2, pair);
                    var row = _pairScores.AsSpan(((p1 * TagStates) + p2) * NerLabels.Count, NerLabels.Count);
                    row.Clear();
                    AddRows(weights, nonZeroRows, pair, row);
                }
            }

            _pairsReady = gold is null;
        }

        for (var i = 0; i < n; i++)
        {
            _featurizer.History(s, i, doc, _history.AsSpan(i * NerFeaturizer.HistoryFeatures, NerFeaturizer.HistoryFeatures));
        }

        for (var i = 0; i < n; i++)
        {
            staticScores.Clear();
            AddRows(weights, nonZeroRows, s.StaticOf(i), staticScores);
            AddRows(weights, nonZeroRows, _history.AsSpan(i * NerFeaturizer.HistoryFeatures, NerFeaturizer.HistoryFeatures), staticScores);
            var candidates = 0;
            var parents = i == 0 ? 1 : _counts[i - 1];
            Array.Clear(_wordScored);
            for (var b = 0; b < parents; b++)
            {
                var parent = i == 0 ? default : _columns[i - 1][b];
                var p1 = i == 0 ? StartTag : parent.Tag;
                var p2 = i == 0 ? StartTag : parent.P1;
                var parentGold = gold is not null && (i == 0 || parent.Gold);
                var word = _wordScores.AsSpan(p1 * NerLabels.Count, NerLabels.Count);
                if (!_wordScored[p1])
                {
                    _featurizer.WordTransitionFeatures(s, i, p1, pair);
                    word.Clear();
                    AddRows(weights, nonZeroRows, pair, word);
                    _wordScored[p1] = true;
                }

                var pairRow = _pairScores.AsSpan(((p1 * TagStates) + p2) * NerLabels.Count, NerLabels.Count);
                for (var t = 0; t < NerLabels.Count; t++)
                {
                    scores[t] = staticScores[t] + word[t] + pairRow[t];
                }
                var previous = i == 0 ? 0 : parent.Tag;
                for (var t = 0; t < NerLabels.Count; t++)
                {
                    if (!NerLabels.Allowed(previous, t))
                    {
                        continue;
                    }

                    _candidates[candidates++] = new Item
                    {
                        Score = (i == 0 ? 0 : parent.Score) + scores[t],
                        Tag = t,
                        P1 = p1,
                        Parent = b,
                        Gold = parentGold && gold![i] == t,
                    };
                }
            }

            var kept = SelectTop(candidates, _columns[i]);
            _counts[i] = kept;
            if (gold is not null && !AnyGold(_columns[i], kept))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool AnyGold(Item[] column, int count)
    {
        for (var k = 0; k < count; k++)
        {
            if (column[k].Gold)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Keeps the best <see cref="_beam"/> candidates, best first (insertion into a small sorted array).</summary>
    private int SelectTop(int candidates, Item[] column)
    {
        var kept = 0;
        for (var c = 0; c < candidates; c++)
        {
            var item = _candidates[c];
            if (kept == _beam && item.Score <= column[kept - 1].Score)
            {
                continue;
            }

            var at = kept < _beam ? kept++ : kept - 1;
            while (at > 0 && column[at - 1].Score < item.Score)
            {
                column[at] = column[at - 1];
                at--;
            }

            column[at] = item;
        }

        return kept;
    }

    private void Backtrack(int position, int index, Span<int> tags)
    {
        for (var i = position; i >= 0; i--)
        {
            var item = _columns[i][index];
            tags[i] = item.Tag;
            index = item.Parent;
        }
    }

    private void Update(AveragedPerceptron perceptron, PreparedSentence s, int[] gold, ReadOnlySpan<int> predicted, int last)
    {
        Span<int> goldTransition = stackalloc int[NerFeaturizer.TransitionFeatures];
        Span<int> predictedTransition = stackalloc int[NerFeaturizer.TransitionFeatures];
        for (var i = 0; i <= last; i++)
        {
            var g1 = i > 0 ? gold[i - 1] : StartTag;
            var g2 = i > 1 ? gold[i - 2] : StartTag;
            var q1 = i > 0 ? predicted[i - 1] : StartTag;
            var q2 = i > 1 ? predicted[i - 2] : StartTag;
            if (gold[i] == predicted[i] && g1 == q1 && g2 == q2)
            {
                continue;
            }

            if (gold[i] != predicted[i])
            {
                perceptron.Add(s.StaticOf(i), gold[i], predicted[i]);
                perceptron.Add(_history.AsSpan(i * NerFeaturizer.HistoryFeatures, NerFeaturizer.HistoryFeatures), gold[i], predicted[i]);
            }

            _featurizer.Transition(s, i, g1, g2, goldTransition);
            _featurizer.Transition(s, i, q1, q2, predictedTransition);
            perceptron.Add(goldTransition, gold[i], 1f);
            perceptron.Add(predictedTransition, predicted[i], -1f);
        }
    }

    private static void Remember(PreparedSentence s, NerDocumentContext doc, ReadOnlySpan<int> tags, int count)
    {
        for (var i = 0; i < count; i++)
        {
            doc.Remember(s.Tokens[i].Lower, tags[i]);
        }
    }

    /// <summary>
    /// Adds each bucket's row of tag weights to <paramref name="scores"/>. Rows are read at random from a large
    /// table, and most buckets a text hits hold no weight at all (the model's rows are 8 % non-zero): the bit map,
    /// small enough to stay in cache, skips those without touching the table. Eight of the nine tags are added as
    /// one vector; each score still receives the same additions in the same order, so the sums are bit for bit
    /// those of the scalar loop (adding +0 to a sum that is never −0 leaves it unchanged).
    /// </summary>
    private static void AddRows(float[] weights, ulong[]? nonZeroRows, ReadOnlySpan<int> buckets, Span<float> scores)
    {
        var head = Vector256.Create<float>(scores);
        var last = scores[NerLabels.Count - 1];
        foreach (var bucket in buckets)
        {
            if (nonZeroRows is not null && (nonZeroRows[bucket >> 6] & (1UL << bucket)) == 0)
            {
                continue;
            }

            var row = weights.AsSpan(bucket * NerLabels.Count, NerLabels.Count);
            head += Vector256.Create<float>(row);
            last += row[NerLabels.Count - 1];
        }

        head.CopyTo(scores);
        scores[NerLabels.Count - 1] = last;
    }

    private void Ensure(int n)
    {
        if (_columns.Length < n)
        {
            var size = Math.Max(n, _columns.Length * 2);
            var columns = new Item[size][];
            for (var i = 0; i < size; i++)
            {
                columns[i] = i < _columns.Length ? _columns[i] : new Item[_beam];
            }

            _columns = columns;
            _counts = new int[size];
            _history = new int[size * NerFeaturizer.HistoryFeatures];
        }
    }
}
