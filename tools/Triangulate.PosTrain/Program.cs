using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using Triangulate.Nlp.PartsOfSpeech;

// Trains the part-of-speech model on the POS column of CoNLL-2003 and writes it with its model card:
//   <dataRoot> <model.gz> [epochs] [pruneBelow]     train on train, report dev accuracy (held out), save model + <model>.json
var dataRoot = Path.GetFullPath(args.Length > 0 ? args[0] : "../shared/data");
var modelPath = args.Length > 1 ? args[1] : "src/Triangulate.Nlp/Models/pos.model.gz";
var epochs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5;
var prune = args.Length > 3 ? float.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : PosTrainer.DefaultPruneBelow;
var trainPath = Path.Combine(dataRoot, "ner/conll2003/iob2/train.txt");
var devPath = Path.Combine(dataRoot, "ner/conll2003/iob2/dev.txt");

var clock = Stopwatch.StartNew();
var train = PosCorpus.Read(trainPath);
var dev = PosCorpus.Read(devPath);
var model = PosTrainer.Train(train, epochs, Console.WriteLine, prune);
using (var file = File.Create(modelPath))
{
    model.Save(file);
}

// Score the saved (quantised) model, which is what ships.
PosModel saved;
using (var file = File.OpenRead(modelPath))
{
    saved = PosModel.Load(file);
}

var devAccuracy = PosTrainer.Accuracy(new PosTagger(saved), dev);
Console.WriteLine($"saved {modelPath}: {new FileInfo(modelPath).Length / 1e3:F0} kB, {saved.Rows} rows, dev accuracy {devAccuracy:P2}, {clock.Elapsed.TotalSeconds:F0} s");

var card = new Dictionary<string, object>
{
    ["format"] = "Triangulate POS model format 1 (gzip; Penn Treebank tags; averaged-perceptron weights as int8, sparse rows; unambiguous-word dictionary)",
    ["trainedOn"] = "CoNLL-2003 English train split, POS column (tags from the shared task tagger, not hand-checked)",
    ["epochs"] = epochs,
    ["pruneBelow"] = prune,
    ["devAccuracy"] = Math.Round(devAccuracy, 4),
    ["devHeldOut"] = true,
    ["rows"] = saved.Rows,
    ["rebuild"] = $"dotnet run -c Release --project tools/Triangulate.PosTrain -- ../shared/data src/Triangulate.Nlp/Models/pos.model.gz {epochs} {prune.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
    ["dataSha256"] = new Dictionary<string, string>
    {
        ["ner/conll2003/iob2/train.txt"] = Sha256(trainPath),
        ["ner/conll2003/iob2/dev.txt"] = Sha256(devPath),
    },
};
File.WriteAllText(Path.ChangeExtension(modelPath, null) + ".json", JsonSerializer.Serialize(card, new JsonSerializerOptions { WriteIndented = true }) + "\n");
return 0;

static string Sha256(string path)
{
    using var stream = File.OpenRead(path);
    return Convert.ToHexStringLower(SHA256.HashData(stream));
}
