using Triangulate.Core.Pipeline;
using Triangulate.Stories.Lineage;
using Triangulate.TestKit;
using Xunit.Abstractions;

namespace Triangulate.Quality.Lineage;

/// <summary>
/// Paraphrased and translated agency copy (see <see cref="ParaphraseGenerator"/>): each rewrite must join its
/// agency's lineage, an independent report of the same event must not. Seed 1 is dev (tuning), seed 2 test.
/// Floors: baseline.json "lineage" → "rewrites".
/// </summary>
public sealed class RewrittenCopiesQualityTests(ITestOutputHelper output)
{
    private const int Sources = 300;

    [SharedDataTheory("data/newsdocs")]
    [InlineData(1, "dev")]
    [InlineData(2, "test")]
    public void LineageStage_ParaphrasesAndTranslations_JoinTheAgencyLineage(int seed, string split)
    {
        var generator = new ParaphraseGenerator(seed);
        var (articles, family) = generator.Build(NewsDocs.Articles, Sources, parity: seed & 1);
        var context = new CorpusContext(articles);

        new LineageStage().Process(context, CancellationToken.None);

        var all = SimulatedRewritesQualityTests.Score(family, context.LineageOf);
        var kinds = generator.Kinds;
        var paraphrase = Recall(family, context.LineageOf, kinds, (x, y) => x is "agency" or "paraphrase" && y == "paraphrase");
        var translation = Recall(family, context.LineageOf, kinds, (x, y) => y == "translation" && x != "translation");
        var independentJoined = articles.Count(a => kinds[a.Id] == "independent"
            && articles.Any(b => b.Id != a.Id && kinds[b.Id] != "distractor" && context.LineageOf[b.Id] == context.LineageOf[a.Id]));
        var independents = kinds.Values.Count(k => k == "independent");
        output.WriteLine($"rewrites seed {seed}: {articles.Count} articles: {all}; paraphrase pairs {paraphrase:P1}, translation pairs {translation:P1}, independent reports joined {independentJoined} of {independents}");

        foreach (var group in articles.GroupBy(a => context.LineageOf[a.Id]).Where(g => g.Select(a => family[a.Id]).Distinct().Count() > 1).Take(6))
        {
            output.WriteLine("  mixed lineage: " + string.Join(", ", group.Select(a => $"{a.Id} ({kinds[a.Id]})")));
        }

        Assert.True(all.F1 >= LineageBaseline.Floor("rewrites", split + "F1"), all.ToString());
        Assert.True(paraphrase >= LineageBaseline.Floor("rewrites", split + "ParaphraseRecall"), $"paraphrase recall {paraphrase:P1}");
        Assert.True(translation >= LineageBaseline.Floor("rewrites", split + "TranslationRecall"), $"translation recall {translation:P1}");
        Assert.True(independentJoined <= LineageBaseline.Floor("rewrites", split + "IndependentJoinedMax"), $"{independentJoined} independent reports joined a lineage");
    }

    // Share of same-family pairs of the given kinds (either order) predicted in one lineage.
    private static double Recall(Dictionary<string, string> family, Dictionary<string, string> lineageOf, Dictionary<string, string> kinds, Func<string, string, bool> kind)
    {
        var (pairs, together) = (0, 0);
        foreach (var members in family.GroupBy(kv => kv.Value).Select(g => g.Select(kv => kv.Key).ToList()))
        {
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = 0; j < members.Count; j++)
                {
                    if (i != j && (i < j || !kind(kinds[members[j]], kinds[members[i]])) && kind(kinds[members[i]], kinds[members[j]]))
                    {
                        pairs++;
                        together += lineageOf[members[i]] == lineageOf[members[j]] ? 1 : 0;
                    }
                }
            }
        }

        return pairs == 0 ? 1 : (double)together / pairs;
    }
}
