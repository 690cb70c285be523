using Triangulate.Core.Ingest;
using Triangulate.Core.Model;
using Triangulate.Extraction.PlainText;
using static Triangulate.Extraction.Tests.Cleaning.CleanerFixtures;

namespace Triangulate.Extraction.Tests.PlainText;

public sealed class PlainTextExtractorTests
{
    private readonly PlainTextExtractor _extractor = new();

    [Theory]
    [InlineData("Port Selwyn approves dredging of eastern channel")]
    [InlineData("harbour dredging plan – what it means for the reef")]
    [InlineData("Will the ferries run this winter?")]
    [InlineData("‘We will not move’: fishermen vow to fight dredging")]
    public void Extract_HeadlineLineThenLead_TitleTakenAndRemovedFromText(string headline)
    {
        var result = _extractor.Extract($"{headline}\n{Lead}\n\n{Tail}", DocumentHints.None);

        Assert.Equal(headline, result.Title);
        Assert.False(result.TitleDerived);
        Assert.Equal($"{Lead}\n\n{Tail}", result.Text);
    }

    [Fact]
    public void Extract_HeadlineAfterBlankLines_Taken()
    {
        var result = _extractor.Extract($"\n\n  Storm closes ferry route  \n\n{Lead}", DocumentHints.None);

        Assert.Equal("Storm closes ferry route", result.Title);
        Assert.Equal(Lead, result.Text);
    }

    [Theory]
    [InlineData("The harbour authority approved the dredging plan on Tuesday.")]
    [InlineData("Storm hits the coast. Ferries are cancelled until Friday")]
    [InlineData("Fishermen say the plan will ruin the reef and the")]
    [InlineData("Port Selwyn:")]
    [InlineData("Harbour")]
    [InlineData("Harbour news")]
    public void Extract_FirstLineNotAHeadline_NoTitle(string first)
    {
        var input = $"{first}\n\n{Lead}";
        var result = _extractor.Extract(input, DocumentHints.None);

        Assert.Null(result.Title);
        Assert.Equal(input, result.Text);
    }

    [Fact]
    public void Extract_LeadParagraphFirst_NoTitleAndLeadKept()
    {
        var result = _extractor.Extract($"{Lead}\n{Tail}", DocumentHints.None);

        Assert.Null(result.Title);
        Assert.False(result.TitleDerived);
        Assert.StartsWith(Lead, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_HardWrappedProse_FirstLineNotTakenAsTitle()
    {
        const string input = "The harbour authority approved a plan on Tuesday to dredge\nthe eastern channel despite protests from the fishing co-operatives.";
        var result = _extractor.Extract(input, DocumentHints.None);

        Assert.Null(result.Title);
        Assert.Equal(input, result.Text);
    }

    [Fact]
    public void Extract_SingleLine_NoTitle()
    {
        var result = _extractor.Extract("Storm closes ferry route", DocumentHints.None);

        Assert.Null(result.Title);
        Assert.Equal("Storm closes ferry route", result.Text);
    }

    [Fact]
    public void Extract_HintTitle_WinsOverHeadlineLine()
    {
        var input = $"Storm closes ferry route\n\n{Lead}";
        var result = _extractor.Extract(input, new DocumentHints { Title = "Ferries halted as storm nears" });

        Assert.Equal("Ferries halted as storm nears", result.Title);
        Assert.False(result.TitleDerived);
        Assert.Equal(input, result.Text);
    }

    [Fact]
    public void Extract_BodyRepeatsHintTitle_RepeatRemoved()
    {
        var result = _extractor.Extract($"Storm  closes ferry route\n\n{Lead}", new DocumentHints { Title = "Storm closes ferry route" });

        Assert.Equal("Storm closes ferry route", result.Title);
        Assert.Equal(Lead, result.Text);
    }

    [Fact]
    public void Extract_BylineFirst_NotTakenAsTitleButAsByline()
    {
        var result = _extractor.Extract($"By Amara Okafor\n\n{Lead}", DocumentHints.None);

        Assert.Null(result.Title);
        Assert.Equal("Amara Okafor", result.Cleaning.Byline);
        Assert.Equal(Lead, result.Text);
    }

    [Fact]
    public void Extract_HeadlineThenTimestampAndPhoto_AllLiftedOut()
    {
        const string input = "Storm closes ferry route\n\n10:41 28.09.2025 •\n\nWaves break over the harbour wall.\nPhoto: Harbour Wire\n\n" + Lead;
        var result = _extractor.Extract(input, DocumentHints.None);

        Assert.Equal("Storm closes ferry route", result.Title);
        Assert.Equal("10:41 28.09.2025 •", result.Cleaning.Dateline);
        Assert.Equal(
            [RemovedKinds.Dateline, RemovedKinds.Caption, RemovedKinds.PhotoCredit],
            result.Cleaning.Removed.Select(r => r.Kind));
        Assert.Equal(Lead, result.Text);
    }

    [Fact]
    public void Extract_Empty_NoTitleAndEmptyText()
    {
        var result = _extractor.Extract("", DocumentHints.None);

        Assert.Null(result.Title);
        Assert.Equal("", result.Text);
    }

    [Fact]
    public void Extract_CarriageReturnLineEnds_HeadlineTakenWithoutCarriageReturn()
    {
        var result = _extractor.Extract($"Storm closes ferry route\r\n\r\n{Lead}\r\n", DocumentHints.None);

        Assert.Equal("Storm closes ferry route", result.Title);
        Assert.Equal(Lead, result.Text);
    }
}
