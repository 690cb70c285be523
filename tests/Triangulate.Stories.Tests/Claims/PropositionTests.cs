using Triangulate.Core.Model;
using Triangulate.Nlp.Sentences;
using Triangulate.Nlp.Tokens;
using Triangulate.Stories.Claims;

namespace Triangulate.Stories.Tests.Claims;

public class PropositionTests
{
    private static ClaimCandidate Candidate(string text)
    {
        var article = new Article("a", new ArticleSource("a.txt"), new ArticleMetadata { Outlet = "a" }, text);
        new TokenizerStage().Process(article, CancellationToken.None);
        new SentenceStage().Process(article, CancellationToken.None);
        return ClaimExtractor.Candidate(article, new TextSpan(0, text.Length), "L1");
    }

    [Fact]
    public void Compatible_SameQuotedWordsWithOneSharedContentWord_IsOneUtterance()
    {
        // Both quote one reply; outside the quotation they share nothing, inside it only "project" is a content word.
        var a = Candidate("Another man, not seen on camera, then tells the congressman, \"We're just here for a project.\"");
        var b = Candidate("The cameraman replies, \u201cwe\u2019re just here for a project, we are students.\u201d");

        Assert.True(Proposition.SharedQuotation(a, b));
        Assert.True(Proposition.Compatible(a, b, 0.45));
    }

    [Fact]
    public void Compatible_SameWordsOutsideQuotationMarks_StillNeedTwoContentWords()
    {
        var a = Candidate("Another man, not seen on camera, then tells the congressman that they are just here for a project.");
        var b = Candidate("The cameraman replies that they are just here for a project, and leaves the street.");

        Assert.False(Proposition.SharedQuotation(a, b));
        Assert.False(Proposition.Compatible(a, b, 0.45));
    }

    [Fact]
    public void SharedQuotation_FewerThanFiveQuotedWordsInARow_IsNotOneUtterance()
    {
        // A catchword quoted by both ("racist elements") is a phrase in the news, not one utterance reported twice.
        var a = Candidate("The group passed a resolution calling for the movement to expel \"racist elements\" from its ranks.");
        var b = Candidate("Leaders of the movement rejected the charge of \"racist elements\" in a statement on Wednesday.");

        Assert.False(Proposition.SharedQuotation(a, b));
    }

    [Fact]
    public void Compatible_DifferentWeekdaysNamed_AreTwoEvents()
    {
        var a = Candidate("The president and the speaker met on Sunday afternoon at the residence for the first time in weeks.");
        var b = Candidate("Thursday night's meeting marks the second time in a week the president and the speaker have met in person.");

        Assert.False(Proposition.Compatible(a, b, 0.45));
    }

    [Fact]
    public void Compatible_SameWeekdayNamed_StaysOneEvent()
    {
        var a = Candidate("The president and the speaker met on Thursday night at the residence for the first time in weeks.");
        var b = Candidate("Thursday night's meeting marks the second time in a week the president and the speaker have met in person.");

        Assert.True(Proposition.Compatible(a, b, 0.45));
    }

    [Theory]
    [InlineData("The cameraman replies that they are only students working on a class project.")]
    [InlineData("The spokesman wrote that the northern pier would reopen to ferries on Monday.")]
    [InlineData("The senator denied that she had ever met the lobbyist in her office.")]
    public void Candidate_VerbOfSayingBeyondSaid_IsAttributed(string text) =>
        Assert.True(Candidate(text).IsAttributed);
}
