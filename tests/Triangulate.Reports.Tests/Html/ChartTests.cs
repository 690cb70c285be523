using System.Globalization;
using System.Text.RegularExpressions;
using Triangulate.Core.Dossier;
using Triangulate.Reports.Html;
using Triangulate.Reports.Html.Charts;
using Triangulate.Reports.Tests.Site;

namespace Triangulate.Reports.Tests.Html;

public sealed class ChartTests
{
    [Fact]
    public void Coverage_MarksCopiesAgainstOriginals_OneMarkPerDatedArticle()
    {
        var dossier = BigStory.Build(articles: 20, claimsPerArticle: 1);
        var story = dossier.Stories![0];

        var svg = Render(dossier, html => CoverageChart.Write(Context(dossier), story, html));

        // Lineages of five: one origin and four copies each.
        Assert.Equal(4, Count(svg, "class=\"cv-orig\""));
        Assert.Equal(16, Count(svg, "class=\"cv-copy\""));
        Assert.Contains("<title>Outlet 0 · 2025-03-01 06:00 UTC · original · River report number 0</title>", svg, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#art-0\"><circle", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_ManyOutlets_FoldedIntoOneOtherRow_AndUndatedCounted()
    {
        var dossier = BigStory.Build(articles: 60, claimsPerArticle: 1);
        var story = dossier.Stories![0];
        dossier.Articles[59] = new DossierArticle { Id = dossier.Articles[59].Id, Input = "x", Outlet = "Undated Post", Text = "t", Published = null };

        var svg = Render(dossier, html => CoverageChart.Write(Context(dossier), story, html));

        Assert.Equal(CoverageChart.MaxRows, Count(svg, "class=\"ch-label\" text-anchor=\"end\""));
        Assert.Contains(">other outlets<", svg, StringComparison.Ordinal);
        Assert.Contains("Without a date, not placed: 1 article.", svg, StringComparison.Ordinal);
        Assert.Equal(59, Count(svg, "<circle "));
    }

    [Fact]
    public void Coverage_NoDatedArticle_WritesNothing()
    {
        var dossier = SampleDossier.BuildWithoutStories();
        var story = new DossierStory { Id = "s", ArticleIds = [dossier.Articles.Single(a => a.Published is null).Id] };

        Assert.Equal("", Render(dossier, html => CoverageChart.Write(Context(dossier), story, html)));
    }

    [Fact]
    public void LineageTree_OriginLeftCopiesRight_LargestFirst_AndCapsCopies()
    {
        var dossier = BigStory.Build(articles: 20, claimsPerArticle: 1);
        var story = dossier.Stories![0];
        story.Lineages!.Add(new DossierLineage { Id = "L9", ArticleIds = [.. dossier.Articles.Select(a => a.Id)], Origin = new DossierOrigin("Wire Agency", null) });

        var svg = Render(dossier, html => LineageTree.Write(Context(dossier), story, html));

        Assert.True(svg.IndexOf(">L9: Wire Agency", StringComparison.Ordinal) < svg.IndexOf(">L0: Outlet 0", StringComparison.Ordinal));
        Assert.Contains($"… and {19 - LineageTree.MaxCopies} more", svg, StringComparison.Ordinal);
        Assert.Equal(5, Count(svg, "class=\"tr-root\""));
    }

    [Fact]
    public void StepChart_HoldsEachValueUntilTheNextReport_AndColoursUpdates()
    {
        var t0 = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var svg = Render(null, html => StepChart.Write(html, "Injured", [
            new StepPoint(t0, 12, "Wire", null, "#art-0"),
            new StepPoint(t0.AddHours(10), 16, "Signal", "update", null),
            new StepPoint(t0.AddHours(5), 14, "Ledger", "contradiction", null),
        ]));

        var path = Regex.Match(svg, "<path d=\"(?<d>[^\"]+)\" class=\"st-line\"", RegexOptions.None, TimeSpan.FromSeconds(1)).Groups["d"].Value;
        // Horizontal then vertical moves only: a step line, in time order (12, then 14, then 16).
        Assert.Matches("^M[0-9.]+ [0-9.]+( H[0-9.]+ V[0-9.]+){2} H[0-9.]+$", path);
        var ys = Regex.Matches(path, "V(?<y>[0-9.]+)", RegexOptions.None, TimeSpan.FromSeconds(1)).Select(m => double.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.True(ys[0] > ys[1], "16 is drawn above 14");
        Assert.Equal(1, Count(svg, "st-dot st-update"));
        Assert.Equal(1, Count(svg, "st-dot st-contradiction"));
        Assert.Contains("<a href=\"#art-0\"><circle", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Charts_HostileLabels_AreEscapedText()
    {
        var dossier = HtmlReportWriterTests.HostileDossier();
        var story = dossier.Stories![0];
        story.Lineages![0].ArticleIds.Add("other");

        var svg = Render(dossier, html =>
        {
            CoverageChart.Write(Context(dossier), story, html);
            LineageTree.Write(Context(dossier), story, html);
            StepChart.Write(html, "<script>x</script>", [new StepPoint(DateTimeOffset.UnixEpoch, 1, "<img src=x onerror=alert(1)>", "<b>", null)]);
        });

        Assert.DoesNotContain("<script", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", svg, StringComparison.Ordinal);
    }

    private static ReportContext Context(DossierDocument dossier) => new(dossier, HtmlReportWriter.DefaultStorySections());

    private static string Render(DossierDocument? dossier, Action<HtmlWriter> write)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        write(new HtmlWriter(writer));
        return writer.ToString();
    }

    private static int Count(string s, string what) => Regex.Count(s, Regex.Escape(what), RegexOptions.None, TimeSpan.FromSeconds(5));
}
