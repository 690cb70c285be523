using Triangulate.Stories.Lineage;

namespace Triangulate.Stories.Tests.Lineage;

public sealed class LineageRulesTests
{
    private const string Quote = "\"We will find out exactly what happened on that bridge, and if anyone failed in their duty, they will answer for it,\"";

    private static PairVerdict Decide(string a, string b)
    {
        var options = new LineageOptions();
        var fa = Fixtures.Fingerprint("a", a);
        var fb = Fixtures.Fingerprint("b", b);
        return new LineageRules(options).Decide(fa, fb, new PassageAligner(options).Align(fa, fb));
    }

    [Fact]
    public void Decide_SharedQuoteOnly_WithoutCredits_IsIndependent()
    {
        var a = "The mayor visited the riverbank on Sunday morning with engineers and police. " + Quote + " he said. Traders counted their losses after a long night.";
        var b = "Councillors demanded an inquiry into the budget at an emergency session. " + Quote + " the mayor told the chamber. The vote is due on Thursday next week.";

        var verdict = Decide(a, b);

        Assert.False(verdict.Same);
    }

    [Fact]
    public void Decide_SharedQuote_WithTheSameAgencyCredited_IsOneLineage()
    {
        var a = "PORT ALCENA (Reuters) - The mayor visited the riverbank on Sunday morning with engineers and police. " + Quote + " he said.";
        var b = "Councillors demanded an inquiry into the budget at an emergency session. " + Quote + " the mayor said.\nWith inputs from Reuters";

        var verdict = Decide(a, b);

        Assert.True(verdict.Same);
        Assert.Equal("reuters", verdict.SharedCredit);
    }

    [Fact]
    public void Decide_SameAgencyMentionedWithoutSharedText_IsIndependent()
    {
        var verdict = Decide(
            "Sources told Reuters the talks would resume next week in Geneva, with both delegations attending.",
            "PARIS (Reuters) - Wheat prices rose sharply on Monday after a poor harvest in several exporting countries.");

        Assert.False(verdict.Same);
    }

    [Fact]
    public void Decide_InterviewCreditsOnBothSides_DoNotMakeALineage()
    {
        var a = "The minister told Reuters the talks would resume. " + Quote + " she said, speaking at a hotel in the capital.";
        var b = "Separately, an aide told Reuters that a deal was close. " + Quote + " the minister said later at a rally.";

        Assert.False(Decide(a, b).Same);
    }

    [Fact]
    public void Decide_TrimmedCopy_IsACopy()
    {
        var verdict = Decide(Fixtures.Wire, string.Join("\n\n", Fixtures.Wire.Split("\n\n").Take(3)));

        Assert.True(verdict.Same);
        Assert.Equal("copy", verdict.Reason);
    }

    [Fact]
    public void Decide_ExactDuplicate_IsExact()
    {
        Assert.Equal("exact", Decide(Fixtures.Wire, Fixtures.Wire.ToUpperInvariant()).Reason);
    }
}
