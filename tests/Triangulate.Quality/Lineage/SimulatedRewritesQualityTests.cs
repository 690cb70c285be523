using Triangulate.Core.Pipeline;
using Triangulate.Stories.Lineage;
using Triangulate.TestKit;
using Xunit.Abstractions;

namespace Triangulate.Quality.Lineage;

/// <summary>
/// Pair F1 on the simulated syndication corpus (see <see cref="RewriteGenerator"/>): gold pairs are articles of
/// one family (a source and its copies), predicted pairs share a lineage. Seed 1 is dev (tuning), seed 2 test.
/// </summary>
public sealed class SimulatedRewritesQualityTests(ITestOutputHelper output)
{
    private const int Sources = 600;

    [SharedDataTheory("data/newsdocs")]
    [InlineData(1, "devF1")]
    [InlineData(2, "testF1")]
    public void LineageStage_SimulatedRewrites_MeetsFloor(int seed, string floor)
    {
        var (articles, family) = new RewriteGenerator(seed).Build(NewsDocs.Articles, Sources, parity: seed & 1);
        var context = new CorpusContext(articles);

        new LineageStage().Process(context, CancellationToken.None);

        var score = Score(family, context.LineageOf);
        output.WriteLine($"simulated seed {seed}: {articles.Count} articles, {family.Values.Distinct().Count()} families: {score}");
        foreach (var group in articles.GroupBy(a => context.LineageOf[a.Id]).Where(g => g.Select(a => family[a.Id]).Distinct().Count() > 1).Take(5))
        {
            output.WriteLine("  mixed lineage: " + string.Join(", ", group.Select(a => a.Id)));
        }

        Assert.True(score.F1 >= LineageBaseline.Floor("simulated", floor), score.ToString());
    }

    // Pair counts from group sizes: no need to enumerate the n² pairs.
    internal static PairScore Score(Dictionary<string, string> gold, Dictionary<string, string> predicted)
    {
        static long Pairs(IEnumerable<int> sizes) => sizes.Sum(n => (long)n * (n - 1) / 2);
        var both = Pairs(gold.GroupBy(kv => (kv.Value, predicted[kv.Key])).Select(g => g.Count()));
        var goldPairs = Pairs(gold.GroupBy(kv => kv.Value).Select(g => g.Count()));
        var predictedPairs = Pairs(gold.GroupBy(kv => predicted[kv.Key]).Select(g => g.Count()));
        return new PairScore((int)both, (int)(predictedPairs - both), (int)(goldPairs - both));
    }
}
