using Triangulate.Nlp.Entities;

namespace Triangulate.Nlp.Tests.Entities;

/// <summary>Trains on a tiny hand-made corpus in a temp folder laid out like ../shared/data.</summary>
public sealed class NerTrainerTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ner-train-").FullName;

    public NerTrainerTests()
    {
        string[] sentences =
        [
            "Alice/B-PER Smith/I-PER visited/O Paris/B-LOC for/O Acme/B-ORG Corp/I-ORG ./O",
            "Bob/B-PER Jones/I-PER works/O at/O Acme/B-ORG Corp/I-ORG in/O Berlin/B-LOC ./O",
            "The/O German/B-MISC team/O beat/O Acme/B-ORG Corp/I-ORG ./O",
            "Carol/B-PER White/I-PER flew/O to/O Berlin/B-LOC from/O Paris/B-LOC ./O",
        ];
        var conll = string.Join("\n\n", sentences.Select(ToConll));
        Directory.CreateDirectory(Path.Combine(_root, "ner", "conll2003", "iob2"));
        Directory.CreateDirectory(Path.Combine(_root, "ner", "gazetteers"));
        Directory.CreateDirectory(Path.Combine(_root, "newsdocs"));
        File.WriteAllText(Path.Combine(_root, "ner", "conll2003", "iob2", "train.txt"), "-DOCSTART- -X- -X- O\n\n" + conll + "\n\n-DOCSTART- -X- -X- O\n\n" + conll + "\n");
        File.WriteAllText(Path.Combine(_root, "ner", "conll2003", "iob2", "dev.txt"), conll + "\n");
        File.WriteAllText(Path.Combine(_root, "ner", "gazetteers", "geonames_cities15000_names.txt"), "Paris\nBerlin\nNew York\n");
        var news = Enumerable.Range(0, 30).Select(i => $"{{\"id\":\"{i}\",\"text\":\"Alice Smith and Bob Jones met in Paris on day {i}. Acme Corp said Berlin was calm.\"}}");
        File.WriteAllLines(Path.Combine(_root, "newsdocs", "a.jsonl"), news);
    }

    private static string ToConll(string sentence) =>
        string.Join("\n", sentence.Split(' ').Select(p => $"{p[..p.LastIndexOf('/')]} X X {p[(p.LastIndexOf('/') + 1)..]}"));

    private NerTrainerOptions Options() => new()
    {
        DataRoot = _root,
        Bits = 14,
        MaxEpochs = 4,
        Beam = 2,
        ClusterMinCount = 1,
        ClusterContexts = 10,
        ClusterDimensions = 8,
        FineClusters = 4,
        MidClusters = 2,
        CoarseClusters = 1,
        KMeansIterations = 2,
        SelfTrainingEpochs = 1,
    };

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Train_TinyCorpus_LearnsItAndIsDeterministic()
    {
        var first = new NerTrainer(Options()).Train();
        var second = new NerTrainer(Options()).Train();
        Assert.True(first.DevF1 > 50, $"dev F1 {first.DevF1}");
        Assert.Contains("ner/conll2003/iob2/train.txt", first.DataSha256.Keys);
        Assert.Equal(64, first.DataSha256["newsdocs/a.jsonl"].Length);
        Assert.Equal(Bytes(first.Model), Bytes(second.Model));
    }

    [Fact]
    public void Train_IncludeDev_RunsFixedEpochsOverTrainAndDev()
    {
        var options = Options();
        var final = new NerTrainer(new NerTrainerOptions
        {
            DataRoot = options.DataRoot,
            Bits = options.Bits,
            Beam = options.Beam,
            ClusterMinCount = 1,
            ClusterContexts = 10,
            ClusterDimensions = 8,
            FineClusters = 4,
            MidClusters = 2,
            CoarseClusters = 1,
            KMeansIterations = 2,
            SelfTrainingEpochs = 1,
            IncludeDev = true,
            FinalEpochs = 3,
        }).Train();
        var trainOnly = new NerTrainer(Options()).Train();
        Assert.True(final.IncludesDev);
        Assert.False(trainOnly.IncludesDev);
        Assert.Equal(3, final.BestEpoch);
        Assert.Single(final.DevF1ByEpoch);
        Assert.NotEqual(Bytes(trainOnly.Model), Bytes(final.Model));
    }

    [Fact]
    public void TrainAndSave_Final_WritesModelAndSidecarWithDevHash()
    {
        var modelPath = Path.Combine(_root, "out", "ner.model.gz");
        var result = NerTrainer.TrainAndSave(new NerTrainerOptions
        {
            DataRoot = _root,
            Bits = 14,
            Beam = 2,
            ClusterMinCount = 1,
            ClusterContexts = 10,
            ClusterDimensions = 8,
            FineClusters = 4,
            MidClusters = 2,
            CoarseClusters = 1,
            KMeansIterations = 2,
            SelfTrainingEpochs = 1,
            IncludeDev = true,
            FinalEpochs = 2,
        }, modelPath);
        Assert.Equal(Bytes(result.Model), Bytes(NerModel.Load(modelPath)));
        using var sidecar = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_root, "out", "ner.model.json")));
        Assert.True(sidecar.RootElement.GetProperty("includesDev").GetBoolean());
        Assert.False(sidecar.RootElement.GetProperty("devF1HeldOut").GetBoolean());
        var hashes = sidecar.RootElement.GetProperty("dataSha256");
        Assert.Equal(64, hashes.GetProperty("ner/conll2003/iob2/dev.txt").GetString()!.Length);
        Assert.Equal(64, hashes.GetProperty("ner/conll2003/iob2/train.txt").GetString()!.Length);
        var rebuild = sidecar.RootElement.GetProperty("rebuild").GetString()!;
        Assert.Contains("-- train ner ", rebuild, StringComparison.Ordinal); // the CLI command, not a side tool
        Assert.DoesNotContain("--train-only", rebuild, StringComparison.Ordinal); // IncludeDev: the final model
    }

    private static byte[] Bytes(NerModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
