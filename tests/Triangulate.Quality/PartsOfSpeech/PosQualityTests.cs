using System.Diagnostics;
using System.Text.Json;
using Triangulate.Nlp.PartsOfSpeech;
using Triangulate.TestKit;
using Xunit.Abstractions;

namespace Triangulate.Quality.PartsOfSpeech;

/// <summary>The embedded part-of-speech model on the CoNLL-2003 POS column (trained on train only; floors in baseline.json).</summary>
public sealed class PosQualityTests(ITestOutputHelper output)
{
    [SharedDataFact("data/ner/conll2003/iob2/test.txt")]
    public void PosTagger_Conll2003Test_MeetsFloor()
    {
        var test = PosCorpus.Read(SharedData.Path("data", "ner", "conll2003", "iob2", "test.txt")!);
        var dev = PosCorpus.Read(SharedData.Path("data", "ner", "conll2003", "iob2", "dev.txt")!);
        var devAccuracy = PosTrainer.Accuracy(PosTagger.Default, dev); // also loads the model before the clock starts
        var clock = Stopwatch.StartNew();
        var accuracy = PosTrainer.Accuracy(PosTagger.Default, test);
        var tokens = test.Sum(s => s.Words.Length);
        output.WriteLine($"test accuracy {accuracy:P2} ({tokens} tokens, {tokens / clock.Elapsed.TotalSeconds:F0} tokens/s); dev {devAccuracy:P2}");

        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "baseline.json")));
        Assert.True(accuracy >= doc.RootElement.GetProperty("pos").GetProperty("conll2003_test_accuracy").GetDouble(), $"{accuracy:P2}");
    }
}
