using Triangulate.Core.Pipeline;
using Triangulate.Stories.Lineage;
using Triangulate.TestKit;
using Xunit.Abstractions;

namespace Triangulate.Quality.Lineage;

/// <summary>
/// Lineage on the hand-labelled newsdocs pairs (labels/newsdocs-pairs.tsv, rule in its header): the whole
/// collection goes through the stage, then each labelled pair is "same lineage" or not.
/// </summary>
public sealed class NaturalPairsQualityTests(ITestOutputHelper output)
{
    [SharedDataFact("data/newsdocs")]
    public void LineageStage_HandLabelledNewsdocsPairs_MeetsFloors()
    {
        var context = new CorpusContext(NewsDocs.Articles);
        new LineageStage().Process(context, CancellationToken.None);

        var scores = new Dictionary<string, PairScore> { ["dev"] = default, ["test"] = default, ["all"] = default };
        foreach (var line in File.ReadLines(LineageBaseline.LabelsPath("newsdocs-pairs.tsv")))
        {
            if (line.StartsWith('#') || line.StartsWith("a\t", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line.Split('\t');
            var predicted = context.LineageOf[cells[0]] == context.LineageOf[cells[1]];
            var gold = cells[3] == "1";
            scores[cells[4]] = scores[cells[4]].Add(predicted, gold);
            scores["all"] = scores["all"].Add(predicted, gold);
        }

        foreach (var (split, score) in scores)
        {
            output.WriteLine($"natural {split}: {score}");
        }

        Assert.True(scores["all"].F1 >= LineageBaseline.Floor("natural", "f1"), $"all: {scores["all"]}");
        Assert.True(scores["test"].F1 >= LineageBaseline.Floor("natural", "testF1"), $"test: {scores["test"]}");
        Assert.True(scores["all"].Precision >= LineageBaseline.Floor("natural", "precision"), $"all: {scores["all"]}");
    }
}
