using Triangulate.TestKit;
using Xunit.Abstractions;

namespace Triangulate.Quality.Counts;

/// <summary>
/// One track per incident toll on real local coverage (../shared/data/counts): the reports of one shooting,
/// run through the whole pipeline together, should put every article's killed (or injured) figure in one
/// figure track (<see cref="CountsTrackScorer"/>). Dev prints what split; the floor holds on test.
/// </summary>
public sealed class CountsTrackQualityTests(ITestOutputHelper output)
{
    [SharedDataTheory("data/counts")]
    [InlineData("dev")]
    [InlineData("test")]
    public void IncidentTolls_Split_OneTrackHoldsEveryReport(string split)
    {
        // Notes are for tuning: printed for the dev split only, so the test split's reports are never read.
        var notes = split == "dev" ? new List<string>() : null;
        var score = CountsTrackScorer.Score(CountsTrackRun.Split(split), notes);
        output.WriteLine($"{split}: {score}");
        foreach (var line in notes ?? [])
        {
            output.WriteLine($"  {line}");
        }

        Assert.True(score.WholeShare >= CountsBaseline.Floor(split, "trackWhole"), score.ToString());
    }
}
