using Triangulate.Core.Dossier;
using Triangulate.Stories.Claims;

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

    /// <summary>Each article its own lineage; its origin is the credited agency given, else its own outlet.</summary>
    private static DossierClaim Claim(params (string Id, string Outlet, string Text, string? Credited)[] articles) =>
        ClaimStageRun.Shared(ClaimStageRun.Run([.. articles.Select(a => ClaimStageRun.Make(a.Id, a.Outlet, a.Text))],
            articles.ToDictionary(a => a.Id, a => (string?)(a.Credited ?? a.Outlet))));

    [Fact]
    public void Process_OneNewsroomsTwoReports_OneSource()
    {
        var claim = Claim(("a", "Wire Service", MondayReport, null), ("b", "Wire Service", WednesdayReport, null));

        Assert.Equal(2, claim.ArticleIds.Count);
        Assert.Equal(1, claim.IndependentSources);
        Assert.Equal(ClaimStatus.Unique, claim.Status);
    }

    [Fact]
    public void Process_TwoOutletsCreditingOneAgency_TwoSources()
    {
        // Each outlet's article credits the agency (its lineage's origin), yet each is its own outlet's report.
        var claim = Claim(("a", "Coast Gazette", MondayReport, "Wire Service"), ("b", "Harbour Times", WednesdayReport, "Wire Service"));
        Assert.Equal(2, claim.IndependentSources);
    }

    [Fact]
    public void Process_OneAggregatorRunningTwoAgencies_TwoSources()
    {
        // One site publishes both, but one is an agency's copy and the other another agency's.
        var claim = Claim(("a", "News Portal", MondayReport, "Wire Service"), ("b", "News Portal", WednesdayReport, "Harbour Agency"));
        Assert.Equal(2, claim.IndependentSources);
    }

    [Fact]
    public void Process_TwoNewsrooms_TwoSources()
    {
        var claim = Claim(("a", "Wire Service", MondayReport, null), ("b", "Wire Service", WednesdayReport, null), ("c", "Coast Gazette", OtherOutlet, null));

        Assert.Equal(3, claim.ArticleIds.Count);
        Assert.Equal(2, claim.IndependentSources);
        Assert.Equal(ClaimStatus.Corroborated, claim.Status);
    }
}
