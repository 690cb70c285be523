using Triangulate.Core.Model;
using Triangulate.Extraction.Cleaning;
using static Triangulate.Extraction.Tests.Cleaning.CleanerFixtures;

namespace Triangulate.Extraction.Tests.Cleaning;

public sealed class TopMatterTests
{
    private readonly BoilerplateCleaner _cleaner = new();

    [Theory]
    [InlineData("By Amara Okafor", "Amara Okafor")]
    [InlineData("By Li Wei and Sara Nyberg", "Li Wei and Sara Nyberg")]
    [InlineData("BY TOMAS RUIZ", "TOMAS RUIZ")]
    [InlineData("By Ana da Silva | Senior correspondent", "Ana da Silva")]
    public void Clean_BylineAtTop_RemovedAndKeptAsMetadata(string line, string byline)
    {
        var result = _cleaner.Clean($"{line}\n\n{Lead}");

        Assert.Equal(byline, result.Byline);
        Assert.Equal([new RemovedText(RemovedKinds.Byline, line)], result.Removed);
        Assert.Equal(Lead, result.Text);
    }

    [Fact]
    public void Clean_BylineWithAgency_CreditsAgency()
    {
        var result = _cleaner.Clean($"By Jonas Berg, Reuters\n\n{Lead}");

        Assert.Equal("Jonas Berg", result.Byline);
        Assert.Equal(["Reuters"], result.CreditedSources);
    }

    [Theory]
    [InlineData("By Friday, the ferry operator had cancelled all crossings.")]
    [InlineData("By late evening the crowds on the quay had thinned")]
    [InlineData("By Monday, officials had agreed")]
    public void Clean_TopSentenceStartingWithBy_Kept(string line)
    {
        var input = $"{line}\n\n{Lead}";
        var result = _cleaner.Clean(input);

        Assert.Null(result.Byline);
        Assert.Equal(input, result.Text);
    }

    [Fact]
    public void Clean_BylineBelowTheTop_Kept()
    {
        var input = $"{Lead}\n\n{Tail}\n\n{Lead}\n\n{Tail}\n\nBy Amara Okafor\n\n{Tail}";
        var result = _cleaner.Clean(input);

        Assert.Null(result.Byline);
        Assert.Empty(result.Removed);
    }

    [Theory]
    [InlineData("PORT SELWYN (Harbour Wire) -", "Harbour Wire")]
    [InlineData("LAGOS, Sept 28 (Reuters) -", "Reuters")]
    [InlineData("CARACAS, Venezuela (AP) —", "AP")]
    [InlineData("(Reuters) -", "Reuters")]
    [InlineData("PORT SELWYN, Jan. 5, 2024 /Harbour Newswire/ --", "Harbour Newswire")]
    [InlineData("(MENAFN- Harbour Daily)", "Harbour Daily")]
    public void Clean_AgencyDatelineOpeningLead_RemovedAndAgencyCredited(string dateline, string agency)
    {
        var result = _cleaner.Clean($"{dateline} {Lead}\n\n{Tail}");

        Assert.Equal(dateline, result.Dateline);
        Assert.Equal([agency], result.CreditedSources);
        Assert.Equal([new RemovedText(RemovedKinds.Dateline, dateline)], result.Removed);
        Assert.Equal($"{Lead}\n\n{Tail}", result.Text);
    }

    [Fact]
    public void Clean_DatelineAfterSectionLabel_Removed()
    {
        var result = _cleaner.Clean($"Harbour news\n\nLAGOS (Reuters) - {Lead}");

        Assert.Equal("LAGOS (Reuters) -", result.Dateline);
        Assert.Equal($"Harbour news\n\n{Lead}", result.Text);
    }

    [Fact]
    public void Clean_DatelineAfterLeadParagraph_Kept()
    {
        var input = $"{Lead}\n\nLAGOS (Reuters) - {Tail}";
        var result = _cleaner.Clean(input);

        Assert.Null(result.Dateline);
        Assert.Equal(input, result.Text);
    }

    [Fact]
    public void Clean_DatelineWithYear_GivesDate()
    {
        var result = _cleaner.Clean($"OSLO, March 3, 2024 (Harbour Wire) - {Lead}");

        Assert.Equal(new DateTimeOffset(2024, 3, 3, 0, 0, 0, TimeSpan.Zero), result.DatelineDate);
    }

    [Theory]
    [InlineData("PORT SELWYN —")]
    [InlineData("KYIV, Ukraine –")]
    public void Clean_CapitalPlaceAndDashDateline_Removed(string dateline)
    {
        var result = _cleaner.Clean($"{dateline} {Lead}");

        Assert.Equal(dateline, result.Dateline);
        Assert.Empty(result.CreditedSources);
        Assert.Equal(Lead, result.Text);
    }

    [Theory]
    [InlineData("Port Selwyn — ")]
    [InlineData("NATO-style drills — ")]
    public void Clean_MixedCaseOrHyphenatedOpening_NotADateline(string opening)
    {
        var input = $"{opening}{Lead}";
        var result = _cleaner.Clean(input);

        Assert.Null(result.Dateline);
        Assert.Equal(input, result.Text);
    }

    [Fact]
    public void Clean_PlaceAndDateDatelineWithoutAgency_Removed()
    {
        var result = _cleaner.Clean($"PORT SELWYN, Oct 2 — {Lead}");

        Assert.Equal("PORT SELWYN, Oct 2 —", result.Dateline);
        Assert.Null(result.DatelineDate);
        Assert.Empty(result.CreditedSources);
        Assert.Equal(Lead, result.Text);
    }

    [Theory]
    [InlineData("The deal (worth about $5 billion) - analysts said - collapsed on Friday after weeks of talks.")]
    [InlineData("NATO said on Friday that it would hold talks with the harbour authority.")]
    public void Clean_LeadWithoutDateline_Kept(string lead)
    {
        var input = $"{lead}\n\n{Tail}";
        var result = _cleaner.Clean(input);

        Assert.Null(result.Dateline);
        Assert.Equal(input, result.Text);
    }

    [Fact]
    public void Clean_DatelineLaterInText_Kept()
    {
        var input = $"{Lead}\n\n{Tail}\n\nWASHINGTON (Reuters) - {Tail}";
        var result = _cleaner.Clean(input);

        Assert.Null(result.Dateline);
        Assert.Equal(input, result.Text);
    }

    [Theory]
    [InlineData("10:41 28.09.2025 •", 2025, 9, 28)]
    [InlineData("Updated: March 3, 2024 09:15 GMT", 2024, 3, 3)]
    [InlineData("Published 2023-11-05T08:00:00Z", 2023, 11, 5)]
    [InlineData("Tue 14 May 2024, 10.05 BST", 2024, 5, 14)]
    [InlineData("Mon Jan 14, 2008 11:16am EST", 2008, 1, 14)]
    [InlineData("9th January 2008", 2008, 1, 9)]
    [InlineData("Posted on 28th September 2025", 2025, 9, 28)]
    [InlineData("Article Launched: 01/14/2008 02:57:26 AM PST", 2008, 1, 14)]
    [InlineData("Thursday, January 17, 2008; 8:43 AM", 2008, 1, 17)]
    public void Clean_TimestampLineAtTop_RemovedAsDatelineWithDate(string line, int year, int month, int day)
    {
        var result = _cleaner.Clean($"{line}\n\n{Lead}");

        Assert.Equal(line, result.Dateline);
        Assert.Equal(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero), result.DatelineDate);
        Assert.Equal([new RemovedText(RemovedKinds.Dateline, line)], result.Removed);
        Assert.Equal(Lead, result.Text);
    }

    [Fact]
    public void Clean_AmbiguousSlashDate_RemovedWithoutDate()
    {
        var result = _cleaner.Clean($"04/05/2024 10:15\n\n{Lead}");

        Assert.Equal("04/05/2024 10:15", result.Dateline);
        Assert.Null(result.DatelineDate);
    }

    [Theory]
    [InlineData("Talks resume on 28.09.2025 in Oslo")]
    [InlineData("March 2024 was the wettest on record")]
    public void Clean_ShortTopLineWithDate_Kept(string line)
    {
        var input = $"{line}\n\n{Lead}";
        var result = _cleaner.Clean(input);

        Assert.Null(result.Dateline);
        Assert.Equal(input, result.Text);
    }

    [Fact]
    public void Clean_AgencyLineUnderByline_RemovedAndCredited()
    {
        var result = _cleaner.Clean($"By Amara Okafor\nThe Associated Press\n\n{Lead}");

        Assert.Equal("Amara Okafor", result.Byline);
        Assert.Equal(["The Associated Press"], result.CreditedSources);
        Assert.Equal(Lead, result.Text);
    }

    [Fact]
    public void Clean_BylineAfterSectionLabel_Removed()
    {
        var result = _cleaner.Clean($"Harbour news\nBy Amara Okafor\n\n{Lead}");

        Assert.Equal("Amara Okafor", result.Byline);
        Assert.Equal($"Harbour news\n\n{Lead}", result.Text);
    }

    [Fact]
    public void Clean_AgencyNamedInStoryLine_Kept()
    {
        var input = $"{Lead}\n\nReuters\n\n{Tail}";
        var result = _cleaner.Clean(input);

        Assert.Equal(input, result.Text);
    }

    [Fact]
    public void Clean_BylineThenTimestamp_BothRemoved()
    {
        var result = _cleaner.Clean($"By Amara Okafor\n10:41 28.09.2025\n\n{Lead}");

        Assert.Equal("Amara Okafor", result.Byline);
        Assert.Equal("10:41 28.09.2025", result.Dateline);
        Assert.Equal(Lead, result.Text);
    }
}
