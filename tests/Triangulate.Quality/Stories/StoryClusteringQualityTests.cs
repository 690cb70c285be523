using Triangulate.Stories.Clustering;
using Triangulate.TestKit;
using Xunit.Abstractions;

namespace Triangulate.Quality.Stories;

/// <summary>
/// Story clustering scored on the test split of each set in ../shared/data/stories (defaults tuned on the
/// dev splits only; never told the number of stories). Floors sit a little under the measured figures in
/// docs/stories.md so a regression fails while float noise does not.
/// </summary>
public sealed class StoryClusteringQualityTests(ITestOutputHelper output)
{
    private static string Folder => SharedData.Path("data", "stories")!;

    [SharedDataFact("data/stories/ecbplus.jsonl")]
    public void EcbPlus_TestSplitSubtopics_MeetsFloor() =>
        Check("ecbplus", StoryGold.EcbPlus(Folder));

    [SharedDataFact("data/stories/basil.jsonl")]
    public void Basil_TestSplit_MeetsFloor() =>
        Check("basil", StoryGold.Basil(Folder));

    [SharedDataFact("data/stories/allsides_neus.part01.jsonl")]
    public void AllSides_TestSplit_MeetsFloor() =>
        Check("allsides", StoryGold.AllSides(Folder));

    private void Check(string set, List<GoldDocument> docs)
    {
        var score = StoryQualityRun.Score(docs, "test", new StoryClustererOptions());
        output.WriteLine($"{set} test: {score}");
        Assert.True(score.BcubedF1 >= StoryBaseline.Floor(set, "bcubedF1"), $"{set} B³ F1 {score.BcubedF1:P2} fell below its floor");
        Assert.True(score.PairF1 >= StoryBaseline.Floor(set, "pairwiseF1"), $"{set} pairwise F1 {score.PairF1:P2} fell below its floor");
    }
}
