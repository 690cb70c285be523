using System.Text.Json;
using Triangulate.Core.Dossier;
using Triangulate.Core.Pipeline;
using Triangulate.Stories.Lineage;

namespace Triangulate.Stories.Tests.Lineage;

public sealed class LineageStageDemoTests
{
    [Fact]
    public void Process_DemoCorpus_MatchesGoldLineagesExactly()
    {
        var articles = DemoArticles.Load();
        var context = new CorpusContext([.. articles.Values]);

        new LineageStage().Process(context, CancellationToken.None);

        var expected = GoldPartition();
        var actual = articles.GroupBy(kv => context.LineageOf[kv.Value.Id])
            .Select(g => string.Join(" + ", g.Select(kv => kv.Key).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Process_DemoCorpus_OriginsMatchGold()
    {
        var articles = DemoArticles.Load();
        var context = new CorpusContext([.. articles.Values]);

        new LineageStage().Process(context, CancellationToken.None);

        var lineages = context.Get(CorpusKeys.Lineages);
        var meridian = lineages.Single(l => l.ArticleIds.Contains(articles["alcena-courier-bridge-collapse.html"].Id));
        var northwind = lineages.Single(l => l.ArticleIds.Contains(articles["coastal-post-feed.xml#0"].Id));
        Assert.Equal(new DossierOrigin("Meridian Wire", articles["meridian-wire-2025-10-18.txt"].Id), meridian.Origin);
        Assert.Equal(new DossierOrigin("Northwind", null), northwind.Origin);
        Assert.Contains(meridian.Evidence, e => e.Text == "With inputs from Meridian Wire");
        Assert.Contains(meridian.Evidence, e => e.Text.Contains("Reporting by Ana Duarte; Editing by Paul Reyes", StringComparison.Ordinal));
        Assert.Contains(northwind.Evidence, e => e.Text == "Northwind contributed to this report.");
        Assert.Contains(northwind.Evidence, e => e.Text.Contains("(Northwind) -", StringComparison.Ordinal));
    }

    private static List<string> GoldPartition()
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(DemoArticles.GoldPath));
        var lineages = gold.RootElement.GetProperty("lineages");
        var groups = lineages.GetProperty("groups").EnumerateArray()
            .Select(g => string.Join(" + ", g.GetProperty("refs").EnumerateArray().Select(r => r.GetString()!).Order(StringComparer.Ordinal)));
        var singles = lineages.GetProperty("independent").EnumerateArray().Select(r => r.GetString()!);
        return [.. groups.Concat(singles).Order(StringComparer.Ordinal)];
    }
}
