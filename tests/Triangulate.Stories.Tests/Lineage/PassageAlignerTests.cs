using Triangulate.Stories.Lineage;

namespace Triangulate.Stories.Tests.Lineage;

public sealed class PassageAlignerTests
{
    private static readonly LineageOptions Options = new();

    [Fact]
    public void Align_ReorderedRepunctuatedCopyWithLocalLead_SharesAllOfTheWireText()
    {
        var paragraphs = Fixtures.Wire.Split("\n\n");
        var copy = "Stallholders in the harbour district were sweeping up glass on Sunday morning.\n\n" +
            string.Join("\n\n", paragraphs.Reverse()).Replace(",", " —", StringComparison.Ordinal).ToUpperInvariant();

        var result = new PassageAligner(Options).Align(Fixtures.Fingerprint("wire", Fixtures.Wire), Fixtures.Fingerprint("copy", copy));

        Assert.Equal(1.0, result.ShareA, 3);
        Assert.InRange(result.ShareB, 0.8, 0.95);
    }

    [Fact]
    public void Align_SubstitutedWords_KeepsTheRunWhole()
    {
        var edited = Fixtures.Wire.Replace("crowded", "packed", StringComparison.Ordinal).Replace("several", "some", StringComparison.Ordinal);

        var result = new PassageAligner(Options).Align(Fixtures.Fingerprint("wire", Fixtures.Wire), Fixtures.Fingerprint("edit", edited));

        Assert.True(result.ShareA > 0.97, $"share {result.ShareA}");
    }

    [Fact]
    public void Align_TrimmedCopy_SharesAllOfItselfAndPartOfTheSource()
    {
        var trimmed = string.Join("\n\n", Fixtures.Wire.Split("\n\n").Take(2));

        var result = new PassageAligner(Options).Align(Fixtures.Fingerprint("wire", Fixtures.Wire), Fixtures.Fingerprint("trim", trimmed));

        Assert.Equal(1.0, result.ShareB, 3);
        Assert.InRange(result.ShareA, 0.4, 0.6);
    }

    [Fact]
    public void Align_CommonPhrasesOnly_SharesNothing()
    {
        var other = "Officials said on Saturday that the market would reopen next week, according to the fire service, and that the city would pay.";

        var result = new PassageAligner(Options).Align(Fixtures.Fingerprint("wire", Fixtures.Wire), Fixtures.Fingerprint("other", other));

        Assert.Equal(0, result.SharedA);
        Assert.Equal(0, result.SharedB);
    }

    [Fact]
    public void Align_EmptyArticle_SharesNothing()
    {
        var result = new PassageAligner(Options).Align(Fixtures.Fingerprint("wire", Fixtures.Wire), Fixtures.Fingerprint("empty", ""));

        Assert.Equal(0, result.MaxShare);
    }

    [Fact]
    public void Align_WithRuns_ReturnsTokenRangesOfTheSharedPassage()
    {
        var copy = "Unrelated opening words about the weather and the tides today. " + Fixtures.Wire.Split("\n\n")[1];
        var wire = Fixtures.Fingerprint("wire", Fixtures.Wire);

        var result = new PassageAligner(Options).Align(wire, Fixtures.Fingerprint("copy", copy), withRuns: true);

        var (start, end) = Assert.Single(result.RunsA);
        var text = Fixtures.Wire[wire.Tokens.Starts[start]..wire.Tokens.Ends[end - 1]];
        Assert.StartsWith("The central span", text, StringComparison.Ordinal);
        Assert.EndsWith("fire service", text, StringComparison.Ordinal);
    }
}
