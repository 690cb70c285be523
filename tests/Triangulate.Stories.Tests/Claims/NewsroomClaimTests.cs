using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Nlp.Sentences;
using Triangulate.Nlp.Tokens;
using Triangulate.Stories.Claims;
using Triangulate.Stories.Relays;

namespace Triangulate.Stories.Tests.Claims;

/// <summary>
/// An agency's reports of several days are several lineages (each is its own text), but a statement they all
/// repeat is the word of one newsroom: it is corroborated only when another newsroom states it too.
/// </summary>
public sealed class NewsroomClaimTests
{
    // Invented: one wire's background line as two of its reports phrase it, and a second outlet's own reporting.
    private const string MondayReport = "Harbour officials halted all ferry crossings for an expected three weeks after storm damage to the main pier.";
    private const string WednesdayReport = "Harbour officials halted the ferry crossings for an expected three weeks because the storm damaged the main pier.";
    private const string OtherOutlet = "Harbour officials have halted ferry crossings for an expected three weeks after the storm damaged the main pier.";

    private static Article Make(string id, string outlet, string text)
    {
        var article = new Article(id, new ArticleSource(id + ".txt"), new ArticleMetadata { Outlet = outlet }, text);
        new TokenizerStage().Process(article, CancellationToken.None);
        new SentenceStage().Process(article, CancellationToken.None);
        return article;
    }

    private static DossierClaim Only(params Article[] articles)
    {
        var context = new CorpusContext(articles) { Stories = [new DossierStory { Id = "s1", ArticleIds = [.. articles.Select(a => a.Id)], IndependentSources = articles.Length }] };
        var lineages = new List<DossierLineage>();
        foreach (var a in articles)
        {
            context.LineageOf[a.Id] = "L-" + a.Id;
            lineages.Add(new DossierLineage { Id = "L-" + a.Id, ArticleIds = [a.Id], Origin = new DossierOrigin(a.Metadata.Outlet, a.Id) });
        }

        context.Set(CorpusKeys.Lineages, lineages);
        new RelayStage().Process(context, CancellationToken.None);
        new ClaimStage().Process(context, CancellationToken.None);
        return Assert.Single(context.Stories![0].Claims!, c => c.ArticleIds.Count >= 2);
    }

    [Fact]
    public void Process_OneNewsroomsTwoReports_OneSource()
    {
        var claim = Only(Make("a", "Wire Service", MondayReport), Make("b", "Wire Service", WednesdayReport));

        Assert.Equal(2, claim.ArticleIds.Count);
        Assert.Equal(1, claim.IndependentSources);
        Assert.Equal(ClaimStatus.Unique, claim.Status);
    }

    [Fact]
    public void Process_TwoOutletsCreditingOneAgency_TwoSources()
    {
        // Each outlet's article credits the agency (its lineage's origin), yet each is its own outlet's report.
        var a = Make("a", "Coast Gazette", MondayReport);
        var b = Make("b", "Harbour Times", WednesdayReport);
        var context = new CorpusContext([a, b]) { Stories = [new DossierStory { Id = "s1", ArticleIds = ["a", "b"], IndependentSources = 2 }] };
        context.LineageOf["a"] = "L-a";
        context.LineageOf["b"] = "L-b";
        context.Set(CorpusKeys.Lineages, [new DossierLineage { Id = "L-a", ArticleIds = ["a"], Origin = new DossierOrigin("Wire Service", null) },
            new DossierLineage { Id = "L-b", ArticleIds = ["b"], Origin = new DossierOrigin("Wire Service", null) }]);
        new RelayStage().Process(context, CancellationToken.None);
        new ClaimStage().Process(context, CancellationToken.None);

        var claim = Assert.Single(context.Stories![0].Claims!, c => c.ArticleIds.Count >= 2);
        Assert.Equal(2, claim.IndependentSources);
    }

    [Fact]
    public void Process_OneAggregatorRunningTwoAgencies_TwoSources()
    {
        // One site publishes both, but one is an agency's copy and the other another agency's.
        var a = Make("a", "News Portal", MondayReport);
        var b = Make("b", "News Portal", WednesdayReport);
        var context = new CorpusContext([a, b]) { Stories = [new DossierStory { Id = "s1", ArticleIds = ["a", "b"], IndependentSources = 2 }] };
        context.LineageOf["a"] = "L-a";
        context.LineageOf["b"] = "L-b";
        context.Set(CorpusKeys.Lineages, [new DossierLineage { Id = "L-a", ArticleIds = ["a"], Origin = new DossierOrigin("Wire Service", null) },
            new DossierLineage { Id = "L-b", ArticleIds = ["b"], Origin = new DossierOrigin("Harbour Agency", null) }]);
        new RelayStage().Process(context, CancellationToken.None);
        new ClaimStage().Process(context, CancellationToken.None);

        var claim = Assert.Single(context.Stories![0].Claims!, c => c.ArticleIds.Count >= 2);
        Assert.Equal(2, claim.IndependentSources);
    }

    [Fact]
    public void Process_TwoNewsrooms_TwoSources()
    {
        var claim = Only(Make("a", "Wire Service", MondayReport), Make("b", "Wire Service", WednesdayReport), Make("c", "Coast Gazette", OtherOutlet));

        Assert.Equal(3, claim.ArticleIds.Count);
        Assert.Equal(2, claim.IndependentSources);
        Assert.Equal(ClaimStatus.Corroborated, claim.Status);
    }
}
