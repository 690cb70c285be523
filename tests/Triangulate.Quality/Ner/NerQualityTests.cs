using System.Text.Json;
using Triangulate.Nlp.Entities;
using Triangulate.TestKit;
using Xunit.Abstractions;

namespace Triangulate.Quality.Ner;

/// <summary>
/// Scores the committed NER model (CoNLL exact-span micro F1) on the test splits and checks each against
/// its floor under "ner" in baseline.json. Floors sit a little under the measured figures in docs/ner.md.
/// </summary>
public class NerQualityTests(ITestOutputHelper output)
{
    [SharedDataTheory("data/ner")]
    [InlineData("conll2003_test_f1", "conll2003/iob2/test.txt")]
    [InlineData("conllpp_test_f1", "conll2003/conllpp/conllpp_test.txt")]
    [InlineData("wikigold_f1", "wikigold/iob2/wikigold.iob2.txt")]
    [InlineData("wnut17_test_f1", "wnut17/mapped/test.iob2.txt")]
    public void Model_TestSplit_ScoresAtLeastFloor(string key, string file)
    {
        var path = SharedData.Path(["data", "ner", .. file.Split('/')]);
        Assert.NotNull(path);
        var score = NerTrainer.Evaluate(NerModel.Default, ConllReader.Read(path));
        output.WriteLine($"{key}: {score.Micro}");
        foreach (var (type, s) in score.PerType)
        {
            output.WriteLine($"  {type}: {s}");
        }

        var floor = Floor(key);
        Assert.True(score.Micro.F1 >= floor, $"{key}: F1 {score.Micro.F1:F2} is below the floor {floor:F2}");
    }

    private static double Floor(string key)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "baseline.json")));
        return json.RootElement.GetProperty("ner").GetProperty(key).GetDouble();
    }
}
