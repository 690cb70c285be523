using System.Text;
using System.Text.Json;
using Triangulate.TestKit;
using Xunit.Abstractions;

namespace Triangulate.Quality.Timex;

/// <summary>
/// TempEval-3 Task A on the platinum test set (tuned on TimeBank+AQUAINT only). Floors sit in
/// baseline.json under "timex". Set TRIANGULATE_TIMEX_DUMP to a folder to get per-expression errors, and
/// TRIANGULATE_TIMEX_PEER to a peer's predictions JSON (bench/peers/chrono-node.sh) to score it alike.
/// </summary>
public sealed class TimexQualityTests(ITestOutputHelper output)
{
    [SharedDataFact("data/timex/test")]
    public void TemporalTagger_TempEval3Platinum_MeetsFloors()
    {
        var score = Evaluate("test");
        Assert.True(score.StrictF1 >= Baseline.Floor("test", "strictF1"), score.ToString());
        Assert.True(score.RelaxedF1 >= Baseline.Floor("test", "relaxedF1"), score.ToString());
        Assert.True(score.ValueF1 >= Baseline.Floor("test", "valueF1"), score.ToString());
        Assert.True(score.TypeAccuracy >= Baseline.Floor("test", "typeAccuracy"), score.ToString());
    }

    [SharedDataFact("data/timex/train")]
    public void TemporalTagger_TempEval3Train_MeetsFloors()
    {
        var score = Evaluate("train");
        Assert.True(score.StrictF1 >= Baseline.Floor("train", "strictF1"), score.ToString());
        Assert.True(score.ValueF1 >= Baseline.Floor("train", "valueF1"), score.ToString());
    }

    [SharedDataFact("data/timex/test")]
    public void Peer_PredictionsGiven_ScoredBySameScorer()
    {
        var peer = Environment.GetEnvironmentVariable("TRIANGULATE_TIMEX_PEER");
        if (string.IsNullOrEmpty(peer) || !File.Exists(peer))
        {
            output.WriteLine("no peer predictions (set TRIANGULATE_TIMEX_PEER); nothing to score");
            return;
        }

        var raw = JsonSerializer.Deserialize<Dictionary<string, List<PeerTimex>>>(File.ReadAllText(peer))!;
        var predictions = raw.ToDictionary(kv => kv.Key, kv => kv.Value.Select(p => new TimeMlTimex(p.start, p.end, p.type, p.value)).ToList());
        var score = TimexEvaluation.RunPeer(TimexEvaluation.Folder("test")!, predictions);
        output.WriteLine("peer: " + score);
        File.WriteAllText(peer + ".score.txt", score.ToString());
        Assert.True(score.Gold > 0);
    }

    private TimexScore Evaluate(string split)
    {
        var dump = Environment.GetEnvironmentVariable("TRIANGULATE_TIMEX_DUMP");
        var errors = string.IsNullOrEmpty(dump) ? null : new StringBuilder();
        var score = TimexEvaluation.Run(TimexEvaluation.Folder(split)!, errors);
        output.WriteLine($"{split}: {score}");
        if (errors is not null)
        {
            Directory.CreateDirectory(dump!);
            File.WriteAllText(Path.Combine(dump!, $"timex-{split}-errors.tsv"), errors.ToString());
            File.WriteAllText(Path.Combine(dump!, $"timex-{split}-score.txt"), score.ToString());
        }

        return score;
    }

#pragma warning disable IDE1006, SA1300 // JSON field names as the peer script writes them
    private sealed record PeerTimex(int start, int end, string type, string? value);
#pragma warning restore IDE1006, SA1300
}
