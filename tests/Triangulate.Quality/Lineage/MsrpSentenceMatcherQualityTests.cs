using System.Text.Json;
using Triangulate.Stories.Lineage;
using Triangulate.TestKit;
using Xunit.Abstractions;

namespace Triangulate.Quality.Lineage;

/// <summary>
/// The sentence matcher on MSRP (../shared/data/reuse/msrp.jsonl): threshold chosen on dev, scored on test
/// (accuracy and F1 of the paraphrase class), beside the published figures in SOURCE.md (majority baseline F1
/// 79.9; Mihalcea et al. 2006 unsupervised F1 81.3). Word weights are IDF over newsdocs (no labels used).
/// </summary>
public sealed class MsrpSentenceMatcherQualityTests(ITestOutputHelper output)
{
    [SharedDataFact("data/reuse/msrp.jsonl")]
    public void SentenceMatcher_MsrpTest_BeatsPublishedUnsupervisedF1()
    {
        var matcher = new SentenceMatcher(NewsdocsIdf());
        var rows = Rows().Select(r => (r.Split, r.Label, Score: matcher.Similarity(r.A, r.B))).ToList();
        var dev = rows.Where(r => r.Split == "dev").Select(r => (r.Label, r.Score)).ToList();
        var test = rows.Where(r => r.Split == "test").Select(r => (r.Label, r.Score)).ToList();

        var threshold = dev.Select(r => r.Score).Distinct().MaxBy(t => Evaluate(dev, t).Score.F1);
        var (accuracy, score) = Evaluate(test, threshold);

        output.WriteLine($"msrp dev-tuned threshold {threshold:F3} (default {SentenceMatcher.DefaultThreshold}); test accuracy {accuracy:F3}, {score}");
        Assert.True(score.F1 >= LineageBaseline.Floor("msrp", "testF1"), score.ToString());
        Assert.True(accuracy >= LineageBaseline.Floor("msrp", "testAccuracy"), $"accuracy {accuracy:F3}");
    }

    private static (double Accuracy, PairScore Score) Evaluate(List<(int Label, double Score)> rows, double threshold)
    {
        var score = default(PairScore);
        var correct = 0;
        foreach (var (label, s) in rows)
        {
            var predicted = s >= threshold;
            score = score.Add(predicted, label == 1);
            correct += predicted == (label == 1) ? 1 : 0;
        }

        return ((double)correct / rows.Count, score);
    }

    private static Func<string, double> NewsdocsIdf()
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in NewsDocs.Articles)
        {
            foreach (var stem in SentenceMatcher.Stems(article.Text).Distinct(StringComparer.Ordinal))
            {
                df[stem] = df.GetValueOrDefault(stem) + 1;
            }
        }

        var n = NewsDocs.Articles.Count;
        return stem => Math.Log((n + 1.0) / (df.GetValueOrDefault(stem) + 1.0)) + 1;
    }

    private static IEnumerable<(string Split, int Label, string A, string B)> Rows()
    {
        foreach (var line in File.ReadLines(SharedData.Path("data", "reuse", "msrp.jsonl")!))
        {
            using var doc = JsonDocument.Parse(line);
            var row = doc.RootElement;
            yield return (row.GetProperty("split").GetString()!, row.GetProperty("label").GetInt32(), row.GetProperty("text1").GetString()!, row.GetProperty("text2").GetString()!);
        }
    }
}
