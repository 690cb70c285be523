using System.Text.Json;
using Triangulate.Core.Model;
using Triangulate.Nlp.Entities;
using Triangulate.Nlp.Sentences;
using Triangulate.Nlp.Tokens;
using Triangulate.Stories.Claims;
using Triangulate.TestKit;
using Xunit.Abstractions;

namespace Triangulate.Quality.Claims;

/// <summary>
/// The claim alignment score (<see cref="ClaimSimilarity"/>: word, bigram, length and name agreement) as a
/// paraphrase detector on MSRP (../shared/data/reuse/msrp.jsonl): F1 of the paraphrase class on the test
/// split at the shipped threshold, and at the threshold best on train+dev, beside the lineage matcher's.
/// </summary>
public sealed class MsrpClaimSimilarityQualityTests(ITestOutputHelper output)
{
    [SharedDataFact("data/reuse/msrp.jsonl")]
    public void ClaimSimilarity_MsrpTest_MeetsFloor()
    {
        var rows = Rows().Select(r => (r.Split, r.Label, Score: ClaimSimilarity.Score(Candidate(r.A), Candidate(r.B)))).ToList();
        var tuning = rows.Where(r => r.Split != "test").Select(r => (r.Label, r.Score)).ToList();
        var test = rows.Where(r => r.Split == "test").Select(r => (r.Label, r.Score)).ToList();
        var tuned = Enumerable.Range(20, 40).Select(i => i / 100.0).MaxBy(t => Evaluate(tuning, t).F1);

        var shipped = Evaluate(test, ClaimSimilarity.DefaultThreshold);
        output.WriteLine($"msrp test at shipped threshold {ClaimSimilarity.DefaultThreshold}: {shipped}");
        output.WriteLine($"msrp test at train+dev-best threshold {tuned:F2}: {Evaluate(test, tuned)}");
        Assert.True(shipped.F1 >= ClaimsBaseline.Floor("msrp", "testF1"), shipped.ToString());
    }

    private static Prf Evaluate(List<(int Label, double Score)> rows, double threshold)
    {
        Prf score = default;
        foreach (var (label, s) in rows)
        {
            score = score.Add(s >= threshold, label == 1);
        }

        return score;
    }

    private static ClaimCandidate Candidate(string text)
    {
        var article = new Article("m", new ArticleSource("msrp"), new ArticleMetadata(), text);
        new TokenizerStage().Process(article, CancellationToken.None);
        new SentenceStage().Process(article, CancellationToken.None);
        new EntityStage().Process(article, CancellationToken.None);
        return ClaimExtractor.Candidate(article, new TextSpan(0, text.Length), "L");
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
