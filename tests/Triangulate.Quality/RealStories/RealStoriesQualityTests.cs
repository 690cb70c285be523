using Triangulate.TestKit;
using Xunit.Abstractions;

namespace Triangulate.Quality.RealStories;

/// <summary>
/// The real-story gold (docs/real-gold.md): 44 hand-labelled ECB+ and BASIL stories, scored on counted things,
/// conflict tracks, update/contradiction calls, relays, corroboration and dates. The test split's floors are in
/// baseline.json under "realStories"; the dev split is printed for tuning.
/// </summary>
public sealed class RealStoriesQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void TestLabels_MatchTheFrozenHashes()
    {
        Assert.Equal(22, FrozenLabels.Recorded().Count);
        var problems = FrozenLabels.Differences();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Dev2Labels_MatchTheFrozenHashes()
    {
        Assert.Equal(11, FrozenLabels.Recorded("dev2").Count);
        var problems = FrozenLabels.Differences("dev2");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SharedDataFact("data/stories/ecbplus.jsonl")]
    public void RealStories_DevSplit_Report()
    {
        var score = RealStoryScorer.ScoreSplit("dev");
        Report(score, "dev");
        Assert.True(score.Stories >= 20, $"{score.Stories} dev stories");
        Assert.Empty(score.Failures);
    }

    /// <summary>
    /// dev2: a second tuning set of 11 ECB+ sub-topics (measurements and figure tracks only; docs/real-gold.md),
    /// frozen before Triangulate first ran on it. Printed with its notes like dev; its floors sit at what the
    /// dev-tuned code measured on it.
    /// </summary>
    [SharedDataFact("data/stories/ecbplus.jsonl")]
    public void RealStories_Dev2Split_Report()
    {
        var score = RealStoryScorer.ScoreSplit("dev2");
        Report(score, "dev2");
        Assert.True(score.Stories >= 11, $"{score.Stories} dev2 stories");
        Assert.Empty(score.Failures);
    }

    [SharedDataFact("data/stories/ecbplus.jsonl")]
    public void RealStories_TestSplit_MeetsFloors()
    {
        var score = RealStoryScorer.ScoreSplit("test");
        Report(score, "test");
        Assert.True(score.Stories >= 20, $"{score.Stories} test stories");
        Assert.Empty(score.Failures);
        var metrics = score.Metrics().ToDictionary(m => m.Name, m => m.Value, StringComparer.Ordinal);
        foreach (var (name, floor) in RealStoriesBaseline.Floors("test"))
        {
            if (name.EndsWith("Max", StringComparison.Ordinal))
            {
                var metric = metrics[name[..^3]];
                Assert.True(metric <= floor, $"{name[..^3]} {metric} above its maximum {floor}");
            }
            else
            {
                Assert.True(metrics[name] >= floor, $"{name} {metrics[name]:F3} below its floor {floor}");
            }
        }
    }

    private void Report(RealStoryScore score, string split)
    {
        output.WriteLine(score.Table(split));
        foreach (var line in score.CountedConfusions.Take(40))
        {
            output.WriteLine($"  counted: {line}");
        }

        // Track notes are for tuning: printed for the dev splits only, so the test split's tracks are never read.
        var tuning = split != "test";
        foreach (var line in tuning ? score.TrackNotes : [])
        {
            output.WriteLine($"  track: {line}");
        }

        foreach (var line in tuning ? score.ClaimNotes : [])
        {
            output.WriteLine($"  claim: {line}");
        }

        foreach (var line in tuning ? score.SplitNotes : [])
        {
            output.WriteLine($"  split: {line}");
        }

        foreach (var line in score.DateMisses.Take(40))
        {
            output.WriteLine($"  date: {line}");
        }

        foreach (var line in score.Failures)
        {
            output.WriteLine($"  failure: {line}");
        }
    }
}
