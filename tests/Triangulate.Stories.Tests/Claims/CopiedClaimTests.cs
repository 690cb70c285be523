using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Stories.Claims;

namespace Triangulate.Stories.Tests.Claims;

/// <summary>Two outlets running one text word for word are one source for it; two outlets quoting one speaker are two.</summary>
public sealed class CopiedClaimTests
{
    private const string Copy = "Ferry crews at the northern pier stopped loading cars after the second crack was found.";
    private const string CopyTrimmed = "Ferry crews at the northern pier stopped loading cars after the second crack was found near the ramp.";
    private const string Quote = "\"We stopped loading cars the moment the second crack was found at the pier,\" the harbour master said.";

    private static Article Make(string id, string text) => ClaimStageRun.Make(id, "Outlet " + id, text);

    private static DossierClaim Only(params Article[] articles) => Assert.Single(ClaimStageRun.Run(articles).Stories![0].Claims!);

    [Fact]
    public void Process_SameOwnVoiceSentenceInTwoLineages_OneSource()
    {
        var claim = Only(Make("a", Copy), Make("b", CopyTrimmed));

        Assert.Equal(2, claim.ArticleIds.Count);
        Assert.Equal(1, claim.IndependentSources);
        Assert.Equal(ClaimStatus.Unique, claim.Status);
    }

    [Fact]
    public void Process_SameQuotationInTwoLineages_TwoSources()
    {
        var claim = Only(Make("a", Quote), Make("b", Quote));

        Assert.Equal(2, claim.IndependentSources);
        Assert.Equal(ClaimStatus.Corroborated, claim.Status);
    }

    [Theory]
    [InlineData("a b c d e f g h", "x a b c d e f g h y", true)]
    [InlineData("a b c d e f g", "a b c d e f g", false)] // too short to tell a copy from a shared phrase
    [InlineData("a b c d e f g h", "a b c d e f g x h", false)]
    public void IsCopy_ShorterInsideLonger(string a, string b, bool expected) =>
        Assert.Equal(expected, ClaimGroup.IsCopy(a.Split(' '), b.Split(' ')));
}
