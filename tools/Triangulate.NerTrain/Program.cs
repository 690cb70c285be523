using System.Text.Json;
using Triangulate.Core.Model;
using Triangulate.Nlp.Entities;
using Triangulate.Nlp.Sentences;
using Triangulate.Nlp.Tokens;

// The NER workbench (see README.md). The shipped model is built by `triangulate train ner`; this tool keeps what
// the CLI has no place for: scoring, error lists and experiments.
//   train <dataRoot> <model.gz> [clusterCache] [--final] [Key=Value...]
//                                                an experiment run: train with a cluster cache and option overrides,
//                                                save model + sidecar json, score the test sets;
//                                                --final trains on train + dev with the dev-selected epoch count
//   eval  <dataRoot> <model.gz>                  score a saved model on every test set
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: train|eval <dataRoot> <model.gz> [extra]");
    return 2;
}

var (command, dataRoot, modelPath) = (args[0], Path.GetFullPath(args[1]), args[2]);
switch (command)
{
    case "train":
        {
            var options = new NerTrainerOptions
            {
                DataRoot = dataRoot,
                ClusterCachePath = args.Length > 3 && !args[3].Contains('=', StringComparison.Ordinal) && !args[3].StartsWith("--", StringComparison.Ordinal) ? args[3] : null,
                IncludeDev = args.Contains("--final"),
                Log = m => Console.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {m}"),
            };
            foreach (var setting in args.Skip(3).Where(a => a.Contains('=', StringComparison.Ordinal)))
            {
                // Experiment overrides such as Bits=20 (the committed model uses the defaults).
                var (key, value) = (setting[..setting.IndexOf('=')], setting[(setting.IndexOf('=') + 1)..]);
                var property = typeof(NerTrainerOptions).GetProperty(key) ?? throw new ArgumentException($"no option {key}");
                property.SetValue(options, property.PropertyType == typeof(IReadOnlyList<string>)
                    ? value.Split(',')
                    : Convert.ChangeType(value, property.PropertyType, System.Globalization.CultureInfo.InvariantCulture));
            }

            var result = NerTrainer.TrainAndSave(options, modelPath);
            Console.WriteLine($"saved {modelPath} ({new FileInfo(modelPath).Length / 1e6:F1} MB), dev F1 {result.DevF1:F2}{(result.IncludesDev ? " (not held out)" : "")} at epoch {result.BestEpoch}, {result.Elapsed.TotalSeconds:F0} s");
            Score(NerModel.Load(modelPath), dataRoot);
            return 0;
        }

    case "errors":
        Errors(NerModel.Load(modelPath), dataRoot);
        return 0;

    case "clusters":
        {
            // Prints the words sharing a fine cluster with each probe word (sanity check of cluster quality).
            var model = NerModel.Load(modelPath);
            var words = File.ReadLines(Path.Combine(dataRoot, "ner/conll2003/iob2/train.txt"))
                .Select(l => l.Split(' ')[0]).Where(w => w.Length > 0).Distinct().ToArray();
            foreach (var probe in args.Skip(3))
            {
                var id = model.DebugCluster(probe);
                var same = words.Where(w => model.DebugCluster(w) == id).Take(25);
                Console.WriteLine($"{probe} [{id}]: {string.Join(' ', same)}");
            }

            return 0;
        }

    case "score-markup":
        {
            // score-markup <dataRoot> <gold.conll relative to dataRoot> <markup>: scores OpenNLP name-finder output
            // ("<START:per> Peter Blackburn <END>", one sentence a line) with our scorer.
            var gold = ConllReader.Read(Path.Combine(dataRoot, modelPath)).SelectMany(d => d.Sentences).ToList();
            var lines = File.ReadLines(args[3]).Where(l => l.Trim().Length > 0).ToList();
            if (lines.Count != gold.Count)
            {
                Console.Error.WriteLine($"sentence count differs: gold {gold.Count}, output {lines.Count}");
                return 1;
            }

            var pairs = gold.Select((g, k) => (g.Tags, (IReadOnlyList<string>)ParseMarkup(lines[k]))).ToList();
            if (pairs.Any(p => p.Tags.Count != p.Item2.Count))
            {
                Console.Error.WriteLine("token count differs in some sentence");
                return 1;
            }

            var score = ConllScorer.Score(pairs);
            Console.WriteLine($"P {score.Micro.Precision:F2} R {score.Micro.Recall:F2} F1 {score.Micro.F1:F2}   {string.Join("  ", score.PerType.Select(kv => $"{kv.Key} {kv.Value.F1:F2}"))}");
            return 0;
        }

    case "eval":
        Score(NerModel.Load(modelPath), dataRoot);
        return 0;

    default:
        Console.Error.WriteLine($"unknown command {command}");
        return 2;
}

static void Score(NerModel model, string dataRoot)
{
    var sets = new (string Name, string Path)[]
    {
        ("CoNLL-2003 dev", "ner/conll2003/iob2/dev.txt"),
        ("CoNLL-2003 test", "ner/conll2003/iob2/test.txt"),
        ("CoNLL++ test", "ner/conll2003/conllpp/conllpp_test.txt"),
        ("WikiGold", "ner/wikigold/iob2/wikigold.iob2.txt"),
        ("WNUT-17 test", "ner/wnut17/mapped/test.iob2.txt"),
    };
    foreach (var (name, path) in sets)
    {
        var docs = ConllReader.Read(Path.Combine(dataRoot, path));
        var tokens = docs.Sum(d => d.Sentences.Sum(s => s.Tokens.Count));
        var score = NerTrainer.Evaluate(model, docs);
        var types = string.Join("  ", score.PerType.Select(kv => $"{kv.Key} {kv.Value.F1:F2}"));
        Console.WriteLine($"{name,-16} P {score.Micro.Precision:F2} R {score.Micro.Recall:F2} F1 {score.Micro.F1:F2}   {types}   ({tokens:N0} tokens)");
    }
}

static List<string> ParseMarkup(string line)
{
    var tags = new List<string>();
    string? type = null;
    var begin = false;
    foreach (var part in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
    {
        if (part.StartsWith("<START:", StringComparison.Ordinal) && part.EndsWith('>'))
        {
            type = part[7..^1].ToUpperInvariant();
            begin = true;
        }
        else if (part == "<END>")
        {
            type = null;
        }
        else
        {
            tags.Add(type is null ? "O" : (begin ? "B-" : "I-") + type);
            begin = false;
        }
    }

    return tags;
}

static void Errors(NerModel model, string dataRoot)
{
    var docs = ConllReader.Read(Path.Combine(dataRoot, "ner/conll2003/iob2/dev.txt"));
    var tagger = new NerTagger(model);
    var counts = new Dictionary<string, int>();
    foreach (var doc in docs)
    {
        var predicted = tagger.TagTokens(doc.Sentences.Select(s => s.Tokens).ToArray());
        for (var k = 0; k < doc.Sentences.Count; k++)
        {
            var s = doc.Sentences[k];
            var gold = ConllScorer.Chunks(s.Tags);
            var pred = ConllScorer.Chunks(predicted[k]);
            foreach (var g in gold.Where(g => !pred.Contains(g)))
            {
                var p = pred.FirstOrDefault(p => p.Start < g.End && g.Start < p.End);
                var key = $"{g.Type}->{(p.Type ?? "O")}{(p.Type != null && (p.Start != g.Start || p.End != g.End) ? "(span)" : "")}";
                counts[key] = counts.GetValueOrDefault(key) + 1;
                if (Random.Shared.Next(12) == 0)
                {
                    Console.WriteLine($"{key,-16} {string.Join(' ', s.Tokens.Skip(g.Start).Take(g.End - g.Start))}   | {string.Join(' ', s.Tokens.Take(12))}");
                }
            }

            foreach (var p in pred.Where(p => !gold.Any(g => g.Start < p.End && p.Start < g.End)))
            {
                counts["O->" + p.Type] = counts.GetValueOrDefault("O->" + p.Type) + 1;
            }
        }
    }

    foreach (var (k, v) in counts.OrderByDescending(kv => kv.Value))
    {
        Console.WriteLine($"{k,-20} {v}");
    }
}

