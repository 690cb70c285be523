using Triangulate.Core.Dossier;
using Triangulate.Reports.Html;

namespace Triangulate.Reports.Tests.Html;

public class FigureSectionsTests
{
    [Fact]
    public void Render_NumericConflict_IsATimeOrderedSeriesWithStepBadgesAndSource()
    {
        var html = new HtmlReportWriter().Render(SampleDossier.Build());

        var conflicts = Section(html, "<ol class=\"conflicts\">");
        var series = Section(conflicts, "<ol class=\"series\">");
        var first = series.IndexOf("at least 12", StringComparison.Ordinal);
        Assert.True(first >= 0, "the bound is spelled out");
        Assert.True(first < series.IndexOf(">11<", StringComparison.Ordinal), "sides keep their as-of order");
        Assert.Contains("badge step-contradiction", series, StringComparison.Ordinal);
        Assert.Contains("per the council", series, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"sparkline\"", conflicts, StringComparison.Ordinal);
        Assert.Contains("<time datetime=", series, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FigureTracks_ListEveryTrackWithItsSteps()
    {
        var html = new HtmlReportWriter().Render(SampleDossier.Build());

        var tracks = Section(html, "<ol class=\"tracks\">");
        Assert.Contains("people at the vote", tracks, StringComparison.Ordinal);
        Assert.Contains("<ol class=\"series\">", tracks, StringComparison.Ordinal);
        Assert.Contains("Eleven people", tracks, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Quantities_OneLinePerFigureWithCountedThingAndBound()
    {
        var html = new HtmlReportWriter().Render(SampleDossier.Build());

        var quantities = Section(html, "<ol class=\"quantities\">");
        Assert.Contains("atLeast", quantities, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge\">people</span>", quantities, StringComparison.Ordinal);
    }

    private static string Section(string html, string start)
    {
        var at = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{start}' not found");
        var end = html.IndexOf("</ol>\n</", at, StringComparison.Ordinal);
        return html[at..(end < 0 ? html.Length : end)];
    }
}
