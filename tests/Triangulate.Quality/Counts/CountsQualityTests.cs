using Triangulate.TestKit;
using Xunit.Abstractions;

namespace Triangulate.Quality.Counts;

/// <summary>
/// Counted things on real local news (../shared/data/counts: shooting reports with each incident's final GVA
/// killed and injured counts). Label accuracy says whether a figure we call deaths or injured is the right one of
/// the two; coverage says how many of the documents' non-zero counts we read with the right label, implicit ones
/// ("a man was killed" = 1) included. Tuned on dev; the floors hold on test.
/// </summary>
public sealed class CountsQualityTests(ITestOutputHelper output)
{
    [SharedDataTheory("data/counts")]
    [InlineData("dev")]
    [InlineData("test")]
    public void CountedThing_Split_MeetsFloors(string split)
    {
        var run = CountsRun.Split(split);
        CountsErrorDump.Write(split, run);
        var score = CountsScorer.Score(run.Select(r => (r.Document, CountsFigures.Of(r.Article))));
        var clean = CountsScorer.Score(run.Where(r => !r.Document.Furniture).Select(r => (r.Document, CountsFigures.Of(r.Article))));
        output.WriteLine($"{split}: {score}");
        output.WriteLine($"{split} without furniture pages: {clean}");
        Assert.True(score.StatedLabelAccuracy >= CountsBaseline.Floor(split, "statedLabelAccuracy"), score.ToString());
        Assert.True(score.LabelAccuracy >= CountsBaseline.Floor(split, "labelAccuracy"), score.ToString());
        Assert.True(score.Coverage >= CountsBaseline.Floor(split, "coverage"), score.ToString());
    }
}
