using Triangulate.Core.Pipeline;
using Triangulate.Stories.Claims;
using Triangulate.TestKit;

namespace Triangulate.Quality.Claims;

/// <summary>
/// The HuffPost-quotes-the-Times case (BASIL dev story 85475456, issue 22): HuffPost writes "the Times reported",
/// quotes an excerpt of the Times and "told the Times"; what it relays rests on the Times alone.
/// </summary>
public sealed class BasilRelayCaseTests
{
    private const string Cluster = "85475456-f38e-4c30-895d-ca2c819c6af1";

    [SharedDataFact("data/stories/basil.jsonl")]
    public void Claims_HuffPostRelayingTheTimes_CountsOneSource()
    {
        var articles = BasilStories.Load()[Cluster].Articles;
        var context = StoryBuilder.Build(articles);
        var huffPost = articles.Single(a => a.Metadata.Outlet == "HuffPost");
        var times = articles.Single(a => a.Metadata.Outlet == "The New York Times");

        var relays = context.Get(CorpusKeys.Relays)[huffPost.Id];
        Assert.Contains(relays, r => r.Outlet == "The New York Times" && r.Kind == "reported");
        Assert.Contains(relays, r => r.Outlet == "The New York Times" && r.Kind == "excerpt");

        // HuffPost's relayed sentences add no source to the claims it shares with the Times.
        var shared = context.Stories![0].Claims!
            .Where(c => c.ArticleIds.Contains(huffPost.Id) && c.ArticleIds.Contains(times.Id)
                && c.Evidence.Exists(e => e.ArticleId == huffPost.Id && relays.Exists(r => r.Evidence.Start < e.Start + e.Length && e.Start < r.Evidence.Start + r.Evidence.Length)))
            .ToList();
        Assert.NotEmpty(shared);
        Assert.All(shared, c =>
            Assert.Equal(c.ArticleIds.Where(id => id != huffPost.Id).Select(id => context.LineageOf[id]).Distinct().Count(), c.IndependentSources));

        // Where only the Times and HuffPost's relay say it, it is the Times' word alone.
        var timesOnly = shared.Where(c => c.ArticleIds.Count == 2).ToList();
        Assert.NotEmpty(timesOnly);
        Assert.All(timesOnly, c => Assert.Equal(ClaimStatus.Unique, c.Status));
    }
}
