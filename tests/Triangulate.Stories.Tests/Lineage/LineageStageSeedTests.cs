using Triangulate.Core.Dossier;
using Triangulate.Core.Pipeline;
using Triangulate.Stories.Lineage;
using Triangulate.TestKit;

namespace Triangulate.Stories.Tests.Lineage;

public sealed class LineageStageSeedTests
{
    [SharedDataTheory("data/seeds")]
    [InlineData(false)]
    [InlineData(true)]
    public void Process_Seeds_FindsTwoPairsAndOneIndependent(bool cleaned)
    {
        var seeds = SeedArticles.Load(cleaned);
        var context = new CorpusContext([.. seeds.Values]);

        new LineageStage().Process(context, CancellationToken.None);

        var groups = Groups(seeds, context);
        Assert.Equal(["000+001", "002+004", "003"], groups);
        Assert.Equal(3, (context.Get(CorpusKeys.Lineages)).Count);
    }

    [SharedDataTheory("data/seeds")]
    [InlineData(false)]
    [InlineData(true)]
    public void Process_Seeds_CreditsTheAgencies(bool cleaned)
    {
        var seeds = SeedArticles.Load(cleaned);
        var context = new CorpusContext([.. seeds.Values]);

        new LineageStage().Process(context, CancellationToken.None);

        var lineages = context.Get(CorpusKeys.Lineages);
        var bloomberg = lineages.Single(l => l.ArticleIds.Contains(Id(seeds, "000")));
        var reuters = lineages.Single(l => l.ArticleIds.Contains(Id(seeds, "002")));
        Assert.StartsWith("Bloomberg", bloomberg.Origin?.Name, StringComparison.Ordinal);
        Assert.Equal("Reuters", reuters.Origin?.Name);
        Assert.True(bloomberg.SharedText > 0.05, $"shared {bloomberg.SharedText}");
        Assert.True(reuters.SharedText > 0.15, $"shared {reuters.SharedText}");
        var all = seeds.Values.ToDictionary(a => a.Id);
        foreach (var evidence in lineages.SelectMany(l => l.Evidence))
        {
            Assert.Equal(evidence.Text, all[evidence.ArticleId].Text.Substring(evidence.Start, evidence.Length));
        }

        Assert.Contains(reuters.Evidence, e => e.Text.Contains("Reuters", StringComparison.Ordinal));
        Assert.Equal(cleaned, !reuters.Evidence.Any(e => e.Text == "With inputs from Reuters"));
    }

    private static string Id(Dictionary<string, Triangulate.Core.Model.Article> seeds, string prefix) =>
        seeds.Single(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal)).Value.Id;

    private static List<string> Groups(Dictionary<string, Triangulate.Core.Model.Article> seeds, CorpusContext context) =>
        [.. seeds.GroupBy(kv => context.LineageOf[kv.Value.Id])
            .Select(g => string.Join('+', g.Select(kv => kv.Key[..3]).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)];
}
