using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Stories.Claims;

namespace Triangulate.Stories.Tests.Claims;

/// <summary>A statement an article relays from another outlet adds no independent source (issue 22).</summary>
public sealed class RelayedClaimTests
{
    private const string Times = "Harbour inspectors found cracks in three of the pier's main supports last winter, the records show.";
    private const string Relayed = "Harbour inspectors found cracks in three of the pier's main supports last winter, the Coast Times reported.";
    private const string Own = "Harbour inspectors found cracks in three of the pier's main supports last winter, records seen by this paper show.";

    private static Article Make(string id, string outlet, string text) => ClaimStageRun.Make(id, outlet, text);

    private static CorpusContext Run(params Article[] articles) => ClaimStageRun.Run(articles);

    [Fact]
    public void Process_StatementRelayedFromAnOutletOfTheStory_OneSource()
    {
        var context = Run(Make("t", "The Coast Times", Times), Make("d", "Harbour Daily", Relayed));

        var claim = Assert.Single(context.Stories![0].Claims!);
        Assert.Equal(2, claim.ArticleIds.Count);
        Assert.Equal(1, claim.IndependentSources);
        Assert.Equal(ClaimStatus.Unique, claim.Status);

        // Harbour Daily only retells the Coast Times: the story has one source.
        Assert.Equal(1, context.Stories[0].IndependentSources);
    }

    [Fact]
    public void Process_SameStatementFromOwnReporting_TwoSources()
    {
        var context = Run(Make("t", "The Coast Times", Times), Make("d", "Harbour Daily", Own));

        var claim = Assert.Single(context.Stories![0].Claims!);
        Assert.Equal(2, claim.IndependentSources);
        Assert.Equal(ClaimStatus.Corroborated, claim.Status);
        Assert.Equal(2, context.Stories[0].IndependentSources);
    }

    [Fact]
    public void Process_TwoArticlesRelayingOneAbsentOutlet_OneSource()
    {
        var context = Run(Make("d", "Harbour Daily", Relayed), Make("p", "Pier Post", Relayed.Replace("reported", "reports", StringComparison.Ordinal)));

        var claim = Assert.Single(context.Stories![0].Claims!);
        Assert.Equal(1, claim.IndependentSources);

        // The Coast Times is not in the story: the two relaying lineages stand for it and still count.
        Assert.Equal(2, context.Stories[0].IndependentSources);
    }
}
