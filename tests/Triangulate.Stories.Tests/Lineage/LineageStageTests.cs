using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Stories.Lineage;

namespace Triangulate.Stories.Tests.Lineage;

public sealed class LineageStageTests
{
    private static readonly DateTimeOffset Day = new(2025, 10, 18, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Process_EmptyCorpus_ProducesNoLineages()
    {
        var context = new CorpusContext([]);

        new LineageStage().Process(context, CancellationToken.None);

        Assert.Empty(context.Get(CorpusKeys.Lineages));
        Assert.Empty(context.LineageOf);
    }

    [Fact]
    public void Process_EveryArticle_GetsALineageIncludingEmptyOnes()
    {
        Article[] articles = [Fixtures.Article("a", ""), Fixtures.Article("b", ""), Fixtures.Article("c", "Short.")];
        var context = new CorpusContext(articles);

        new LineageStage().Process(context, CancellationToken.None);

        Assert.Equal(3, context.LineageOf.Count);
        Assert.Equal(3, context.LineageOf.Values.Distinct().Count());
    }

    [Fact]
    public void Process_LineageIds_FollowPublicationOrderWithUndatedLast()
    {
        var undated = Fixtures.Article("undated", "A report about otters at the aquarium, with pups born this week to the delight of keepers.");
        var late = Fixtures.Article("late", Fixtures.Wire, Day.AddDays(1), "Courier");
        var early = Fixtures.Article("early", "Local lead about traders.\n\n" + Fixtures.Wire, Day, "Herald");
        var context = new CorpusContext([undated, late, early]);

        new LineageStage().Process(context, CancellationToken.None);

        Assert.Equal("L1", context.LineageOf[early.Id]);
        Assert.Equal("L1", context.LineageOf[late.Id]);
        Assert.Equal("L2", context.LineageOf[undated.Id]);
        var lineage = (context.Get(CorpusKeys.Lineages))[0];
        Assert.Equal([early.Id, late.Id], lineage.ArticleIds);
        Assert.Equal(new DossierOrigin("Herald", early.Id), lineage.Origin);
        Assert.InRange(lineage.SharedText, 0.85, 1.0);
    }

    [Fact]
    public void Process_CreditedAgencyAbsentFromCorpus_OriginHasNameButNoArticle()
    {
        var a = Fixtures.Article("a", "PORT ALCENA (Northwind) - " + Fixtures.Wire, Day, "Coastal Post");
        var b = Fixtures.Article("b", Fixtures.Wire + "\nNorthwind contributed to this report.", Day.AddHours(1), "Daily Ledger");
        var context = new CorpusContext([a, b]);

        new LineageStage().Process(context, CancellationToken.None);

        var lineage = Assert.Single(context.Get(CorpusKeys.Lineages));
        Assert.Equal(new DossierOrigin("Northwind", null), lineage.Origin);
        Assert.Equal(2, lineage.Evidence.Count);
        Assert.All(lineage.Evidence, e => Assert.Equal(e.Text, (e.ArticleId == a.Id ? a : b).Text.Substring(e.Start, e.Length)));
    }

    [Fact]
    public void Process_CreditRemovedByCleaner_NamesOriginButAddsNoEvidence()
    {
        var a = Fixtures.Article("a", Fixtures.Wire, Day, "Courier", credited: ["Reuters"]);
        var b = Fixtures.Article("b", Fixtures.Wire.Replace("twelve", "12", StringComparison.Ordinal), Day.AddHours(1), "Herald");
        var context = new CorpusContext([a, b]);

        new LineageStage().Process(context, CancellationToken.None);

        var lineage = Assert.Single(context.Get(CorpusKeys.Lineages));
        Assert.Equal(new DossierOrigin("Reuters", null), lineage.Origin);
        Assert.Empty(lineage.Evidence);
    }

    [Fact]
    public void Process_MoreArticlesThanOneBatch_KeepsPublicationOrderAcrossBatches()
    {
        var articles = Enumerable.Range(0, 1100)
            .Select(i => Fixtures.Article("n" + i, $"Item {i}: " + string.Join(' ', Enumerable.Range(i * 50, 40)) + ".", Day.AddMinutes(i)))
            .Append(Fixtures.Article("wire", Fixtures.Wire, Day.AddDays(-1)))
            .Append(Fixtures.Article("copy", "Local lead.\n\n" + Fixtures.Wire, Day.AddDays(2)))
            .ToList();
        var context = new CorpusContext(articles);

        new LineageStage().Process(context, CancellationToken.None);

        Assert.Equal(1102, context.LineageOf.Count);
        Assert.Equal(1101, context.LineageOf.Values.Distinct().Count());
        Assert.Equal("L1", context.LineageOf[articles[^2].Id]);
        Assert.Equal("L1", context.LineageOf[articles[^1].Id]);
        Assert.Equal("L2", context.LineageOf[articles[0].Id]);
    }

    [Fact]
    public void Process_Cancelled_Throws()
    {
        var context = new CorpusContext([Fixtures.Article("a", Fixtures.Wire)]);
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => new LineageStage().Process(context, cts.Token));
    }

    [Fact]
    public void Stage_Declaration_ProducesLineages()
    {
        var stage = new LineageStage();

        Assert.Equal(["lineage-of", "lineages"], stage.Produces);
        Assert.Empty(stage.Requires);
    }
}
