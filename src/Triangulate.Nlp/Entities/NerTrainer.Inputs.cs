using System.Text.Json;

namespace Triangulate.Nlp.Entities;

/// <summary>The trainer's inputs: unlabelled news text, word clusters (trained or read from the cache), gazetteer entries from gold spans and featurized sentences.</summary>
public sealed partial class NerTrainer
{
    internal static IEnumerable<string> UnlabelledTexts(string[] files)
    {
        foreach (var file in files)
        {
            foreach (var line in File.ReadLines(file))
            {
                using var json = JsonDocument.Parse(line);
                if (json.RootElement.TryGetProperty("text", out var text) && text.GetString() is { } s)
                {
                    yield return s;
                }
            }
        }
    }

    private string Full(string relative) => Path.Combine(_o.DataRoot, relative);

    private WordClusters LoadOrTrainClusters(string[] unlabelled, IReadOnlyList<ConllDocument> train, Action<string> log)
    {
        if (_o.ClusterCachePath is { } cache && File.Exists(cache))
        {
            using var r = new BinaryReader(File.OpenRead(cache));
            return WordClusters.Read(r);
        }

        IEnumerable<string> Texts()
        {
            foreach (var text in UnlabelledTexts(unlabelled))
            {
                yield return text;
            }

            foreach (var doc in train)
            {
                foreach (var s in doc.Sentences)
                {
                    yield return string.Join(' ', s.Tokens);
                }
            }
        }

        var clusters = new WordClusterTrainer(_o).Train(Texts(), log);
        if (_o.ClusterCachePath is { } path)
        {
            using var w = new BinaryWriter(File.Create(path));
            clusters.Write(w);
        }

        return clusters;
    }

    private static void AddEntities(ConllDocument doc, Gazetteer gazetteer)
    {
        foreach (var s in doc.Sentences)
        {
            foreach (var (start, end, type) in ConllScorer.Chunks(s.Tags))
            {
                var hashes = new ulong[end - start];
                for (var i = start; i < end; i++)
                {
                    hashes[i - start] = FeatureHash.OfLower(s.Tokens[i]);
                }

                gazetteer.Add(hashes, NerLabels.TypeOf(NerLabels.Parse("B-" + type)));
            }
        }
    }

    private static (PreparedSentence Sentence, int[] Gold)[] Prepare(NerFeaturizer featurizer, ConllDocument doc, Gazetteer gazetteer)
    {
        var context = new NerDocumentContext();
        var analyzed = new NerToken[doc.Sentences.Count][];
        for (var k = 0; k < analyzed.Length; k++)
        {
            var (text, spans) = NerTagger.Join(doc.Sentences[k].Tokens);
            analyzed[k] = featurizer.Analyze(text, spans, gazetteer);
            NerFeaturizer.ObserveCasing(analyzed[k], context);
        }

        var result = new (PreparedSentence, int[])[analyzed.Length];
        for (var k = 0; k < analyzed.Length; k++)
        {
            result[k] = (featurizer.Featurize(analyzed[k], context), doc.Sentences[k].Tags.Select(NerLabels.Parse).ToArray());
        }

        return result;
    }
}
