using Triangulate.Stories.Clustering;
using Triangulate.TestKit;
using Xunit.Abstractions;

namespace Triangulate.Quality.Stories;

/// <summary>
/// A developing story stays one story; pages that share only a site's furniture stay apart (issue #22 item 6,
/// docs/stories.md "Developing stories"). Test splits, through extraction and the entity stage as `analyze` runs
/// them; options tuned on the dev splits with bench/Triangulate.Stories.Harness. Floors: baseline.json "stories".
/// </summary>
public sealed class DevelopingStoryQualityTests(ITestOutputHelper output)
{
    [SharedDataFact("data/counts/incidents.jsonl")]
    public void Counts_TestIncidents_FollowUpsStayWithTheirIncident()
    {
        var docs = StoryGold.StreamOrder(DevelopingStoryGold.Counts(SharedData.Path("data", "counts")!, "test"));
        var score = Run("counts test", docs, StoryInputs.Annotated(docs));
        Assert.True(score.Clustering.BcubedF1 >= StoryBaseline.Floor("counts", "bcubedF1"), "counts B³ F1 fell below its floor");
        Assert.True(score.LatePairRecall >= StoryBaseline.Floor("counts", "latePairRecall"), "counts: fewer follow-up pairs kept together than the floor");
    }

    [SharedDataFact("data/counts/incidents.jsonl")]
    public void Counts_TestSmallRuns_EachEventOneStoryUnrelatedAlone()
    {
        // Like a reader's own collection: six shootings of the same weeks and four unrelated articles per run, each run
        // clustered on its own (DevelopingStoryGold.CountsBundles).
        var runs = DevelopingStoryGold.CountsBundles(DevelopingStoryGold.Counts(SharedData.Path("data", "counts")!, "test")).ConvertAll(StoryGold.StreamOrder);
        var inputs = StoryInputs.Annotated(runs.SelectMany(r => r)).ToDictionary(i => i.Id, StringComparer.Ordinal);
        var predicted = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var r = 0; r < runs.Count; r++)
        {
            var clusterer = new StoryClusterer();
            clusterer.AddBatch(runs[r].ConvertAll(d => inputs[d.Id]));
            foreach (var d in runs[r])
            {
                predicted[d.Id] = r + "/" + clusterer.StoryOf(d.Id)!.Id;
            }
        }

        var score = SmallRunScore.Compute([.. runs], predicted);
        output.WriteLine($"counts small runs test: {score}");
        Assert.True(score.EventShare >= StoryBaseline.Floor("countsSmallRuns", "eventsExact"), "counts small runs: fewer events kept exactly than the floor");
        Assert.True(score.UnrelatedShare >= StoryBaseline.Floor("countsSmallRuns", "unrelatedAlone"), "counts small runs: unrelated articles joined events");
    }

    [SharedDataFact("data/stories/ecbplus.jsonl")]
    public void EcbPlusRedated_TestEventsOverWeeks_StayWhole()
    {
        var test = StoryGold.EcbPlus(SharedData.Path("data", "stories")!).Where(d => d.Split == "test");
        var docs = StoryGold.StreamOrder(DevelopingStoryGold.EcbPlusRedated(test));
        var score = Run("ecbplus re-dated test", docs, StoryInputs.Annotated(docs));
        Assert.True(score.Clustering.BcubedF1 >= StoryBaseline.Floor("ecbplusRedated", "bcubedF1"), "re-dated ECB+ B³ F1 fell below its floor");
        Assert.True(score.LatePairRecall >= StoryBaseline.Floor("ecbplusRedated", "latePairRecall"), "re-dated ECB+: fewer pairs weeks apart kept together than the floor");
    }

    [SharedDataFact("data/extraction/split.json")]
    public void Aeb_AllPages_SiteFurnitureJoinsNothing()
    {
        // Both halves, as a user running `analyze` on the whole folder gets them (labels were made for both).
        var labels = Path.Combine(SharedData.RepoRoot, "tests", "Triangulate.Quality", "Stories", "labels", "aeb-stories.tsv");
        var docs = StoryGold.StreamOrder(AebStoryGold.Load(SharedData.Path("data", "extraction")!, "all", labels));
        var score = Run("aeb all pages", docs, StoryInputs.Annotated(docs, extracted: true));
        Assert.True(score.Clustering.BcubedF1 >= StoryBaseline.Floor("aeb", "bcubedF1"), "AEB B³ F1 fell below its floor");
        Assert.True(score.SameSiteFalsePairs <= StoryBaseline.Floor("aeb", "sameSiteFalsePairsMax"), "AEB: more same-site pages of different stories together than allowed");
    }

    private DevelopingScore Run(string name, List<GoldDocument> docs, List<ClusterInput> inputs)
    {
        var clusterer = new StoryClusterer();
        clusterer.AddBatch(inputs);
        var predicted = docs.ToDictionary(d => d.Id, d => clusterer.StoryOf(d.Id)!.Id, StringComparer.Ordinal);
        var score = DevelopingScore.Compute(docs, predicted);
        output.WriteLine($"{name}: {score}");
        return score;
    }
}
