using Triangulate.Extraction.Cleaning.Scraped;

namespace Triangulate.Extraction.Tests.Cleaning;

/// <summary>The scraped-text set's two parts on invented pages: the naive renderings and the line labels.</summary>
public sealed class ScrapedSetTests
{
    private const string Page =
        "<html><head><title>T</title><style>p{}</style></head><body>" +
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/sport'>Sport</a></li></ul></nav>" +
        "<script>var x = 1;</script><div hidden>Secret</div>" +
        "<h1>Dredging plan approved</h1>" +
        "<p>The harbour authority approved the plan on <b>Tuesday</b>.</p>" +
        "<p>Work starts in spring.<br>It lasts a year.</p>" +
        "<table><tr><td>Cost</td><td>12m</td></tr></table>" +
        "<div>Share this story</div>" +
        "<footer>© 2024 Harbour Times</footer></body></html>";

    [Fact]
    public void Render_InnerText_KeepsAllVisibleTextWithBlockLineBreaks()
    {
        var text = NaiveScraper.Render(Page, ScrapeStyle.InnerText);

        Assert.Equal(
            "Home\nSport\nDredging plan approved\n\nThe harbour authority approved the plan on Tuesday.\n\nWork starts in spring.\nIt lasts a year.\n\nCost\t12m\nShare this story\n© 2024 Harbour Times",
            text);
    }

    [Fact]
    public void Render_Paragraphs_KeepsOnlyParagraphLikeBlocks()
    {
        var text = NaiveScraper.Render(Page, ScrapeStyle.Paragraphs);

        Assert.Equal(
            "Home\n\nSport\n\nDredging plan approved\n\nThe harbour authority approved the plan on Tuesday.\n\nWork starts in spring.\nIt lasts a year.",
            text);
    }

    [Fact]
    public void Label_LinesAgainstGold_ByShingleCoverageWholeShortLinesAndOnce()
    {
        const string Gold = "The harbour authority approved the dredging plan on Tuesday after a long debate.\nWhat happens next\nWork starts in spring.";
        string[] lines =
        [
            "Home",
            "The harbour authority approved the dredging plan on Tuesday after a long debate.",
            "What happens next",
            "|",
            "Work starts in spring.",
            "Related: The harbour authority approved the dredging plan on Tuesday after a long debate.",
            "Next",
        ];

        var labels = LineLabeler.Label(lines, Gold);

        Assert.Equal(
            [LineLabeler.Boilerplate, LineLabeler.Article, LineLabeler.Article, LineLabeler.NotScored, LineLabeler.Article, LineLabeler.Boilerplate, LineLabeler.Boilerplate],
            labels);
    }

    [Fact]
    public void Score_KeptLines_FoundInOrderAfterADatelineCut()
    {
        string[] input = ["Menu", "PORT SELWYN (Harbour Wire) - The plan passed.", "", "Footer"];

        var kept = ScrapedLineScorer.KeptLines(input, "The plan passed.");

        Assert.Equal([false, true, false, false], kept);
    }
}
