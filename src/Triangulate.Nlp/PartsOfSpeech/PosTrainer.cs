namespace Triangulate.Nlp.PartsOfSpeech;

/// <summary>
/// Trains a <see cref="PosModel"/>: an averaged perceptron over <see cref="PosFeatures"/>, greedy decoding with the
/// tags it predicted itself as history (as it will tag), sentences shuffled with a fixed seed each epoch. Frequent
/// words that kept one tag in at least <see cref="UnambiguousShare"/> of <see cref="UnambiguousCount"/> or more
/// occurrences are looked up instead of scored. Weights below the prune threshold (absolute, after averaging) are
/// dropped: they change few decisions and most of the model's size.
/// </summary>
public static class PosTrainer
{
    public const int UnambiguousCount = 20;
    public const double UnambiguousShare = 0.97;
    public const float DefaultPruneBelow = 0.5f;

    public static PosModel Train(IReadOnlyList<(string[] Words, string[] Tags)> sentences, int epochs, Action<string>? log = null, float pruneBelow = DefaultPruneBelow)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var tags = sentences.SelectMany(s => s.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var tagIndex = tags.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        var unambiguous = Unambiguous(sentences, tagIndex);
        var weights = new Dictionary<ulong, float[]>();
        var totals = new Dictionary<ulong, double[]>();
        var stamps = new Dictionary<ulong, long[]>();
        long step = 1;
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(20250101);
        var features = new ulong[PosFeatures.Count];
        var scores = new float[tags.Length];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            var correct = 0;
            var seen = 0;
            foreach (var s in order)
            {
                var (words, gold) = sentences[s];
                var hashed = new PosFeatures.Words(words);
                int previous = -1, previous2 = -1;
                for (var i = 0; i < words.Length; i++)
                {
                    var truth = tagIndex[gold[i]];
                    int guess;
                    if (unambiguous.TryGetValue(words[i], out var known))
                    {
                        guess = known;
                    }
                    else
                    {
                        PosFeatures.Fill(hashed, i, previous, previous2, features);
                        Array.Clear(scores);
                        foreach (var f in features)
                        {
                            if (weights.TryGetValue(f, out var row))
                            {
                                for (var t = 0; t < row.Length; t++)
                                {
                                    scores[t] += row[t];
                                }
                            }
                        }

                        guess = ArgMax(scores);
                        if (guess != truth)
                        {
                            foreach (var f in features)
                            {
                                Update(f, truth, 1f, step, tags.Length, weights, totals, stamps);
                                Update(f, guess, -1f, step, tags.Length, weights, totals, stamps);
                            }
                        }
                    }

                    correct += guess == truth ? 1 : 0;
                    seen++;
                    step++;
                    (previous2, previous) = (previous, guess);
                }
            }

            log?.Invoke($"epoch {epoch + 1}: training accuracy {(double)correct / seen:P2}");
        }

        return Averaged(tags, unambiguous, weights, totals, stamps, step, pruneBelow);
    }

    /// <summary>Share of tokens tagged as the gold says.</summary>
    public static double Accuracy(PosTagger tagger, IReadOnlyList<(string[] Words, string[] Tags)> sentences)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(sentences);
        long right = 0, all = 0;
        foreach (var (words, gold) in sentences)
        {
            var predicted = tagger.Tag(words);
            for (var i = 0; i < words.Length; i++)
            {
                right += predicted[i] == gold[i] ? 1 : 0;
                all++;
            }
        }

        return all == 0 ? 0 : (double)right / all;
    }

    private static Dictionary<string, int> Unambiguous(IReadOnlyList<(string[] Words, string[] Tags)> sentences, Dictionary<string, int> tagIndex)
    {
        var counts = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        foreach (var (words, tags) in sentences)
        {
            for (var i = 0; i < words.Length; i++)
            {
                if (!counts.TryGetValue(words[i], out var byTag))
                {
                    byTag = [];
                    counts[words[i]] = byTag;
                }

                byTag[tagIndex[tags[i]]] = byTag.GetValueOrDefault(tagIndex[tags[i]]) + 1;
            }
        }

        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, byTag) in counts)
        {
            var total = byTag.Values.Sum();
            var (tag, n) = byTag.MaxBy(kv => kv.Value);
            if (total >= UnambiguousCount && (double)n / total >= UnambiguousShare)
            {
                result[word] = tag;
            }
        }

        return result;
    }

    // Lazy averaging: each weight's running total is brought up to date only when the weight changes.
    private static void Update(ulong f, int tag, float delta, long step, int tagCount, Dictionary<ulong, float[]> weights, Dictionary<ulong, double[]> totals, Dictionary<ulong, long[]> stamps)
    {
        if (!weights.TryGetValue(f, out var row))
        {
            row = new float[tagCount];
            weights[f] = row;
            totals[f] = new double[tagCount];
            stamps[f] = new long[tagCount];
        }

        totals[f][tag] += (step - stamps[f][tag]) * (double)row[tag];
        stamps[f][tag] = step;
        row[tag] += delta;
    }

    private static PosModel Averaged(string[] tags, Dictionary<string, int> unambiguous, Dictionary<ulong, float[]> weights, Dictionary<ulong, double[]> totals, Dictionary<ulong, long[]> stamps, long step, float pruneBelow)
    {
        var rowOf = new Dictionary<ulong, int>();
        var rowStart = new List<int>();
        var tagOf = new List<byte>();
        var weight = new List<float>();
        foreach (var (f, row) in weights)
        {
            var start = tagOf.Count;
            for (var t = 0; t < row.Length; t++)
            {
                var average = (float)((totals[f][t] + ((step - stamps[f][t]) * (double)row[t])) / step);
                if (Math.Abs(average) >= pruneBelow)
                {
                    tagOf.Add((byte)t);
                    weight.Add(average);
                }
            }

            if (tagOf.Count > start)
            {
                rowOf[f] = rowStart.Count;
                rowStart.Add(start);
            }
        }

        rowStart.Add(tagOf.Count);
        return new PosModel(tags, unambiguous, rowOf, [.. rowStart], [.. tagOf], [.. weight]);
    }

    private static int ArgMax(float[] scores)
    {
        var best = 0;
        for (var t = 1; t < scores.Length; t++)
        {
            if (scores[t] > scores[best])
            {
                best = t;
            }
        }

        return best;
    }
}
