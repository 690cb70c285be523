using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;

namespace Triangulate.Core.Tests.Pipeline;

public class StageTimingsTests
{
    private static StageOutcome Ran(string stage, int ms) => new(stage, "1", StageStatus.Succeeded, TimeSpan.FromMilliseconds(ms));

    [Fact]
    public void Add_SumsEachStageOverArticles_InFirstSeenOrder()
    {
        var timings = new StageTimings();
        timings.Add([Ran("extraction", 3), Ran("entities", 5)]);
        timings.Add([Ran("extraction", 4), Ran("entities", 1), Ran("quotes", 2)]);

        var snapshot = timings.Snapshot();
        Assert.Equal(["extraction", "entities", "quotes"], snapshot.Select(s => s.Stage));
        Assert.Equal(TimeSpan.FromMilliseconds(7), snapshot[0].Elapsed);
        Assert.Equal(2, snapshot[0].Articles);
        Assert.Equal(TimeSpan.FromMilliseconds(6), snapshot[1].Elapsed);
        Assert.Equal(1, snapshot[2].Articles);
        Assert.Equal("extraction 0.01 s, entities 0.01 s, quotes 0.00 s", timings.ToString());
    }

    [Fact]
    public void Add_SkippedStage_CountsNothing()
    {
        var timings = new StageTimings();
        timings.Add([Ran("extraction", 3), new StageOutcome("entities", "1", StageStatus.Skipped, TimeSpan.FromMilliseconds(9))]);
        Assert.Equal(["extraction"], timings.Snapshot().Select(s => s.Stage));
    }

    [Fact]
    public async Task Add_FromManyThreads_LosesNothing()
    {
        var timings = new StageTimings();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 1_000; i++)
            {
                timings.Add([Ran("extraction", 1), Ran("entities", 2)]);
            }
        })));

        var snapshot = timings.Snapshot();
        Assert.Equal(8_000, snapshot[0].Articles);
        Assert.Equal(TimeSpan.FromMilliseconds(16_000), snapshot[1].Elapsed);
    }
}
