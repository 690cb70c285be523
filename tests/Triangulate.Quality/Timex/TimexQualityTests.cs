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

    /// <summary>
    /// Scores a peer's predictions when TRIANGULATE_TIMEX_PEER names them; always checks that the gold itself,
    /// fed through the same peer path (JSON → offsets → scorer), scores perfectly.
    /// </summary>
    [SharedDataFact("data/timex/test")]
    public void Peer_PredictionsFile_ScoredBySameScorer()
    {
        var folder = TimexEvaluation.Folder("test")!;
        var gold = Directory.EnumerateFiles(folder, "*.tml", SearchOption.AllDirectories).Select(TimeMlDocument.Load)
            .ToDictionary(d => d.DocId, d => d.Timexes.Select(t => new PeerTimex(t.Start, t.End, t.Type, t.Value)).ToList());
        var self = TimexEvaluation.RunPeer(folder, Parse(JsonSerializer.Serialize(gold)));
        Assert.Equal(1.0, self.StrictF1, 6);
        Assert.Equal(1.0, self.ValueF1, 6);

        var peer = Environment.GetEnvironmentVariable("TRIANGULATE_TIMEX_PEER");
        if (!string.IsNullOrEmpty(peer) && File.Exists(peer))
        {
            var score = TimexEvaluation.RunPeer(folder, Parse(File.ReadAllText(peer)));
            output.WriteLine("peer: " + score);
            File.WriteAllText(peer + ".score.txt", score.ToString());
        }
    }

    private static Dictionary<string, List<TimeMlTimex>> Parse(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, List<PeerTimex>>>(json)!
            .ToDictionary(kv => kv.Key, kv => kv.Value.Select(p => new TimeMlTimex(p.start, p.end, p.type, p.value)).ToList());

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
