using Triangulate.Core.Dossier;
using Triangulate.Reports.Building;

namespace Triangulate.Reports.Tests.Building;

/// <summary>Coverage by lean and country, and when a missing side is called a blindspot.</summary>
public sealed class StoryCoverageTests
{
    private static DossierArticle Article(string id, string outlet, string? lean, string? country = null) =>
        new() { Id = id, Input = id + ".txt", Outlet = outlet, Text = "t", OutletLean = lean, OutletCountry = country };

    private static StoryCoverage Of(params DossierArticle[] articles) =>
        StoryCoverage.Of(new DossierStory { Id = "s1", ArticleIds = [.. articles.Select(a => a.Id)] }, articles.ToDictionary(a => a.Id));

    [Fact]
    public void Of_LeftAndCenterOnly_RightIsTheBlindspot()
    {
        var coverage = Of(Article("a", "Left Daily", "left", "US"), Article("b", "Lean Post", "lean left", "US"),
            Article("c", "Wire", "center", "GB"), Article("d", "Unknown", null));

        Assert.Equal("right", coverage.Blindspot);
        Assert.Equal(["left 1", "lean left 1", "center 1"], coverage.LeanCounts());
        Assert.Equal(1, coverage.Unrated);
        Assert.Equal(["US 2", "GB 1"], coverage.CountryCounts());
    }

    [Fact]
    public void Of_BothSidesCovered_NoBlindspot() =>
        Assert.Null(Of(Article("a", "L", "left"), Article("b", "R", "lean right"), Article("c", "C", "center")).Blindspot);

    [Fact]
    public void Of_TooFewRated_NoBlindspot() =>
        Assert.Null(Of(Article("a", "L", "left"), Article("b", "L2", "left"), Article("c", "U", null)).Blindspot);

    [Fact]
    public void Of_CenterOnly_NoSideIsSingledOut() =>
        Assert.Null(Of(Article("a", "C1", "center"), Article("b", "C2", "center"), Article("c", "C3", "center")).Blindspot);

    [Fact]
    public void Of_SameOutletTwice_CountsArticlesListsOutletOnce()
    {
        var coverage = Of(Article("a", "Right Times", "right"), Article("b", "Right Times", "right"));

        var (lean, articles, outlets) = Assert.Single(coverage.ByLean);
        Assert.Equal(("right", 2), (lean, articles));
        Assert.Equal(["Right Times"], outlets);
    }
}
