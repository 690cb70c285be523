using System.Diagnostics;
using System.Security.Cryptography;

namespace Triangulate.Nlp.Entities;

/// <summary>
/// Trains the NER model: word clusters from unlabelled news, gazetteers (GeoNames cities plus entity
/// names mined from the training split), then an averaged perceptron over beam BIO decoding with early
/// update, early-stopped on dev F1 (or, with IncludeDev, trained on train + dev for the dev-selected epoch count). Mined gazetteer features for training
/// sentences come from the other half of the training documents (2-fold jackknife) so the model does
/// not learn to trust a list that always contains the answer. Deterministic for a given seed.
/// </summary>
public sealed partial class NerTrainer(NerTrainerOptions options)
{
    private readonly NerTrainerOptions _o = options ?? throw new ArgumentNullException(nameof(options));

    public NerTrainingResult Train(CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var log = _o.Log ?? (_ => { });
        var trainPath = Full(_o.TrainFile);
        var devPath = Full(_o.DevFile);
        var cityPath = Full(_o.CityGazetteer);
        var unlabelled = Directory.GetFiles(Full(_o.UnlabelledFolder), "*.jsonl").Order(StringComparer.Ordinal)
            .Concat(_o.ExtraUnlabelledFiles.Select(Full).Where(File.Exists)).ToArray();
        var dev = ConllReader.Read(devPath);
        // Final mode: dev documents join the training set (jackknife folds, mined lists, self-training, clusters).
        var train = _o.IncludeDev ? [.. ConllReader.Read(trainPath), .. dev] : ConllReader.Read(trainPath);
        log($"train {train.Count} docs{(_o.IncludeDev ? " (train + dev)" : "")}, dev {dev.Count} docs, {unlabelled.Length} unlabelled files");

        var clusters = LoadOrTrainClusters(unlabelled, train, log);
        log($"clusters: {clusters.Count:N0} words ({clock.Elapsed.TotalSeconds:F0} s)");

        var cities = new Gazetteer();
        foreach (var line in File.ReadLines(cityPath))
        {
            if (line.Length > 0)
            {
                cities.AddName(line, Gazetteer.CityKind);
            }
        }

        var full = cities.Clone();
        var folds = new[] { cities.Clone(), cities.Clone() };
        for (var d = 0; d < train.Count; d++)
        {
            AddEntities(train[d], full);
            AddEntities(train[d], folds[1 - (d % 2)]); // doc d's names go only into the list the other fold uses
        }

        var featurizer = new NerFeaturizer(clusters, _o.Bits);
        var trainDocs = train.Select((doc, d) => Prepare(featurizer, doc, folds[d % 2])).ToArray();
        var rng = new Random(_o.Seed);
        var order = Enumerable.Range(0, trainDocs.Length).ToArray();
        if (_o.SelfTrainingEpochs > 0)
        {
            var trainLists = new SelfTrainingLists(_o).Build(featurizer, clusters, trainDocs, folds, full, UnlabelledTexts(unlabelled).ToArray(), rng, log);
            trainDocs = train.Select((doc, d) => Prepare(featurizer, doc, trainLists[d % 2])).ToArray();
        }

        log($"gazetteer: {full.Count:N0} entries ({clock.Elapsed.TotalSeconds:F0} s)");
        var (best, bestF1, bestEpoch, history) = TrainRun(featurizer, clusters, full, trainDocs, dev, order, rng, log, clock, cancellationToken);
        if (_o.Runs > 1)
        {
            // Average the weights of runs with different document orders: a cheap ensemble, same model size and speed.
            var sum = (float[])best.Clone();
            for (var run = 1; run < _o.Runs; run++)
            {
                var (weights, f1, epoch, _) = TrainRun(featurizer, clusters, full, trainDocs, dev, order, new Random(_o.Seed + run), log, clock, cancellationToken);
                log($"run {run + 1}: dev F1 {f1:F2} at epoch {epoch}");
                for (var i = 0; i < sum.Length; i++)
                {
                    sum[i] += weights[i];
                }
            }

            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] /= _o.Runs;
            }

            best = sum;
            bestF1 = Evaluate(new NerModel(_o.Bits, best, clusters, full, _o.Beam), dev).Micro.F1;
            log($"average of {_o.Runs} runs: dev F1 {bestF1:F2}");
        }

        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in new[] { trainPath, devPath, cityPath }.Concat(unlabelled))
        {
            hashes[Path.GetRelativePath(_o.DataRoot, path).Replace('\\', '/')] = Sha256(path);
        }

        return new NerTrainingResult(new NerModel(_o.Bits, best, clusters, full, _o.Beam), bestF1, bestEpoch, history, clock.Elapsed, hashes, _o.IncludeDev);
    }

    /// <summary>
    /// Library entry point for <c>triangulate train ner</c>: trains from a data root laid out like ../shared/data and writes
    /// the model (gzip) and its JSON sidecar beside it. <paramref name="final"/> (default) trains the shipped model on
    /// train + dev with the dev-selected epoch count; false trains on train only with early stopping on dev.
    /// </summary>
    public static NerTrainingResult TrainAndSave(string dataRoot, string modelPath, bool final = true, Action<string>? log = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataRoot);
        ArgumentException.ThrowIfNullOrEmpty(modelPath);
        return TrainAndSave(new NerTrainerOptions { DataRoot = Path.GetFullPath(dataRoot), IncludeDev = final, Log = log }, modelPath, cancellationToken);
    }

    /// <summary>Trains with explicit options and writes the model and its sidecar (<c>x.model.gz</c> → <c>x.model.json</c>).</summary>
    public static NerTrainingResult TrainAndSave(NerTrainerOptions options, string modelPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(modelPath);
        var result = new NerTrainer(options).Train(cancellationToken);
        if (Path.GetDirectoryName(Path.GetFullPath(modelPath)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        result.Model.Save(modelPath);
        NerModelSidecar.Write(modelPath, result, options);
        return result;
    }

    /// <summary>One training run: epochs over the shuffled documents, keeping the averaged weights of the best dev epoch.</summary>
    private (float[] Best, double BestF1, int BestEpoch, List<double> History) TrainRun(NerFeaturizer featurizer, WordClusters clusters, Gazetteer full,
        (PreparedSentence, int[])[][] trainDocs, IReadOnlyList<ConllDocument> dev, int[] order, Random rng, Action<string> log, Stopwatch clock, CancellationToken cancellationToken)
    {
        var perceptron = new AveragedPerceptron(_o.Bits);
        var decoder = new NerDecoder(featurizer, _o.Beam);
        var history = new List<double>();
        float[]? best = null;
        var bestF1 = -1.0;
        var bestEpoch = 0;
        if (_o.IncludeDev)
        {
            return TrainFixedEpochs(featurizer, clusters, full, trainDocs, dev, order, rng, log, clock, cancellationToken);
        }

        for (var epoch = 1; epoch <= _o.MaxEpochs && epoch - bestEpoch <= _o.Patience; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            rng.Shuffle(order);
            var mistakes = 0;
            foreach (var d in order)
            {
                mistakes += TrainDocument(decoder, perceptron, trainDocs[d]);
            }

            var averaged = perceptron.Averaged();
            var f1 = Evaluate(new NerModel(_o.Bits, averaged, clusters, full, _o.Beam), dev).Micro.F1;
            history.Add(f1);
            log($"epoch {epoch}: {mistakes:N0} mistakes, dev F1 {f1:F2} ({clock.Elapsed.TotalSeconds:F0} s)");
            if (f1 > bestF1)
            {
                bestF1 = f1;
                best = averaged;
                bestEpoch = epoch;
            }
        }

        return (best!, bestF1, bestEpoch, history);
    }

    /// <summary>
    /// Final-model run: exactly <see cref="NerTrainerOptions.FinalEpochs"/> epochs (chosen earlier on dev by a train-only run),
    /// no early stopping since dev is in the training data; the dev score is computed once at the end, for the record only.
    /// </summary>
    private (float[] Best, double BestF1, int BestEpoch, List<double> History) TrainFixedEpochs(NerFeaturizer featurizer, WordClusters clusters, Gazetteer full,
        (PreparedSentence, int[])[][] trainDocs, IReadOnlyList<ConllDocument> dev, int[] order, Random rng, Action<string> log, Stopwatch clock, CancellationToken cancellationToken)
    {
        var perceptron = new AveragedPerceptron(_o.Bits);
        var decoder = new NerDecoder(featurizer, _o.Beam);
        for (var epoch = 1; epoch <= _o.FinalEpochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            rng.Shuffle(order);
            var mistakes = 0;
            foreach (var d in order)
            {
                mistakes += TrainDocument(decoder, perceptron, trainDocs[d]);
            }

            log($"epoch {epoch}/{_o.FinalEpochs}: {mistakes:N0} mistakes ({clock.Elapsed.TotalSeconds:F0} s)");
        }

        var averaged = perceptron.Averaged();
        var f1 = Evaluate(new NerModel(_o.Bits, averaged, clusters, full, _o.Beam), dev).Micro.F1;
        log($"dev F1 {f1:F2} (dev was trained on: not held out)");
        return (averaged, f1, _o.FinalEpochs, [f1]);
    }

    /// <summary>Scores a model on CoNLL documents (exact-span micro F1, per type).</summary>
    public static NerScore Evaluate(NerModel model, IReadOnlyList<ConllDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(documents);
        var tagger = new NerTagger(model);
        var pairs = new List<(IReadOnlyList<string>, IReadOnlyList<string>)>();
        foreach (var doc in documents)
        {
            var predicted = tagger.TagTokens(doc.Sentences.Select(s => s.Tokens).ToArray());
            for (var k = 0; k < doc.Sentences.Count; k++)
            {
                pairs.Add((doc.Sentences[k].Tags, predicted[k]));
            }
        }

        return ConllScorer.Score(pairs);
    }

    internal static int TrainDocument(NerDecoder decoder, AveragedPerceptron perceptron, (PreparedSentence Sentence, int[] Gold)[] doc)
    {
        var context = new NerDocumentContext();
        var mistakes = 0;
        foreach (var (s, gold) in doc)
        {
            mistakes += decoder.Train(perceptron, s, context, gold) ? 1 : 0;
        }

        return mistakes;
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
