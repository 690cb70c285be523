using Triangulate.Core.Model;
using Triangulate.Core.Text;

namespace Triangulate.Nlp.Entities;

/// <summary>Gazetteer kinds mined by self-training on unlabelled news, for <see cref="NerTrainer"/>.</summary>
internal sealed class SelfTrainingLists(NerTrainerOptions options)
{
    private readonly NerTrainerOptions _o = options;

    /// <summary>
    /// Self-training lists: a model trained on one half of the training documents tags the unlabelled
    /// news; names it finds at least <see cref="NerTrainerOptions.SelfTrainingMinCount"/> times with a
    /// two-thirds majority type become a gazetteer kind. Training documents get the list made by the
    /// model that never saw them; dev, test and run time get the merged list.
    /// </summary>
    public Gazetteer[] Build(NerFeaturizer featurizer, WordClusters clusters, (PreparedSentence, int[])[][] trainDocs,
        Gazetteer[] folds, Gazetteer full, string[] texts, Random rng, Action<string> log)
    {
        var counts = new Dictionary<ulong, (int Length, int[] Counts)>[2];
        for (var f = 0; f < 2; f++)
        {
            var perceptron = new AveragedPerceptron(_o.Bits);
            var docs = Enumerable.Range(0, trainDocs.Length).Where(d => d % 2 == f).ToArray();
            for (var epoch = 0; epoch < _o.SelfTrainingEpochs; epoch++)
            {
                rng.Shuffle(docs);
                foreach (var d in docs)
                {
                    NerTrainer.TrainDocument(new NerDecoder(featurizer, _o.Beam), perceptron, trainDocs[d]);
                }
            }

            var model = new NerModel(_o.Bits, perceptron.Averaged(), clusters, folds[1 - f], _o.Beam);
            counts[f] = CountNames(model, texts);
            log($"self-training fold {f}: {counts[f].Count:N0} distinct names found in unlabelled text");
        }

        var lists = new[] { folds[0].Clone(), folds[1].Clone() };
        AddAuto(lists[0], counts[1]);
        AddAuto(lists[1], counts[0]);
        foreach (var (key, value) in counts[1])
        {
            if (counts[0].TryGetValue(key, out var other))
            {
                for (var t = 0; t < NerLabels.TypeCount; t++)
                {
                    other.Counts[t] += value.Counts[t];
                }
            }
            else
            {
                counts[0][key] = value;
            }
        }

        AddAuto(full, counts[0]);
        return lists;
    }

    private void AddAuto(Gazetteer gazetteer, Dictionary<ulong, (int Length, int[] Counts)> counts)
    {
        foreach (var (key, (length, c)) in counts)
        {
            var total = c.Sum();
            var best = Array.IndexOf(c, c.Max());
            if (total >= _o.SelfTrainingMinCount && c[best] * 3 >= total * 2)
            {
                gazetteer.AddKey(key, length, Gazetteer.AutoKind + best);
            }
        }
    }

    private static Dictionary<ulong, (int Length, int[] Counts)> CountNames(NerModel model, string[] texts)
    {
        var result = new Dictionary<ulong, (int Length, int[] Counts)>();
        var gate = new object();
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, texts.Length, 256), range =>
        {
            var local = new Dictionary<ulong, (int Length, int[] Counts)>();
            for (var k = range.Item1; k < range.Item2; k++)
            {
                var text = texts[k];
                var tokens = Tokenizer.Default.Tokenize(text);
                var sentences = Sentences.SentenceSplitter.Default.Split(text, tokens);
                var groups = NerTagger.Group(text, tokens, sentences);
                var tags = model.Decode(groups, CancellationToken.None);
                for (var g = 0; g < groups.Count; g++)
                {
                    CountChunks(text, groups[g].Tokens, tags[g], local);
                }
            }

            lock (gate)
            {
                foreach (var (key, value) in local)
                {
                    if (result.TryGetValue(key, out var existing))
                    {
                        for (var t = 0; t < NerLabels.TypeCount; t++)
                        {
                            existing.Counts[t] += value.Counts[t];
                        }
                    }
                    else
                    {
                        result[key] = value;
                    }
                }
            }
        });
        return result;
    }

    private static void CountChunks(string text, TextSpan[] tokens, int[] tags, Dictionary<ulong, (int Length, int[] Counts)> counts)
    {
        Span<ulong> hashes = stackalloc ulong[8];
        var start = -1;
        for (var i = 0; i <= tags.Length; i++)
        {
            var tag = i < tags.Length ? tags[i] : 0;
            var continues = tag != 0 && !NerLabels.IsBegin(tag) && start >= 0;
            if (start >= 0 && !continues)
            {
                var length = i - start;
                if (length <= 8)
                {
                    for (var j = start; j < i; j++)
                    {
                        hashes[j - start] = FeatureHash.OfLower(text.AsSpan(tokens[j].Start, tokens[j].Length));
                    }

                    var key = Gazetteer.Key(hashes[..length]);
                    if (!counts.TryGetValue(key, out var entry))
                    {
                        entry = (length, new int[NerLabels.TypeCount]);
                        counts[key] = entry;
                    }

                    entry.Counts[NerLabels.TypeOf(tags[start])]++;
                }

                start = -1;
            }

            if (tag != 0 && !continues)
            {
                start = i;
            }
        }
    }
}
