using System.Text.RegularExpressions;
using Triangulate.Reports.Site;

namespace Triangulate.Reports.Tests.Site;

/// <summary>The story page's headlines by outlet, figure-track step charts and quotation marks (issue #20 items 2–3).</summary>
public sealed partial class StoryPageCoverageTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("triangulate-site-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void StoryPage_HeadlinesOfEachOutletSideBySide()
    {
        var dossier = SampleDossier.Build();
        new ReportSiteWriter().Write(dossier, _folder.FullName);
        var section = Section(Read("stories/s1.html"), "headlines");

        var story = dossier.Stories![0];
        var articles = story.ArticleIds.Select(id => dossier.Articles.Single(a => a.Id == id)).ToList();
        foreach (var outlet in articles.Select(a => a.Outlet).Distinct())
        {
            Assert.Contains($"<th>{outlet}</th>", section, StringComparison.Ordinal);
        }

        foreach (var a in articles)
        {
            Assert.Contains(System.Net.WebUtility.HtmlEncode(a.Title!), section, StringComparison.Ordinal);
        }

        var body = section[section.IndexOf("<tbody>", StringComparison.Ordinal)..];
        Assert.Equal(articles.Select(a => a.Outlet).Distinct().Count(), RowHeader().Matches(body).Count); // one row per outlet
    }

    [Fact]
    public void StoryPage_EachFigureTrackHasAStepChartWithADotPerReport()
    {
        var dossier = SampleDossier.Build();
        new ReportSiteWriter().Write(dossier, _folder.FullName);
        var section = Section(Read("stories/s1.html"), "figure-tracks");

        var track = dossier.Stories![0].FigureTracks![0];
        Assert.Contains("class=\"st-line\"", section, StringComparison.Ordinal);
        Assert.Equal(track.Steps.Sum(s => s.ArticleIds.Count), StepDot().Matches(section).Count);
        Assert.Contains("class=\"st-dot st-contradiction\"", section, StringComparison.Ordinal);
    }

    [Fact]
    public void StoryPage_QuotedSentencesGetNoSecondPairOfMarks()
    {
        new ReportSiteWriter().Write(SampleDossier.Build(), _folder.FullName);
        var page = Read("stories/s1.html");

        Assert.Contains("&quot;We will open the terminal in March,&quot;", page, StringComparison.Ordinal); // the sample quotes with marks of its own
        Assert.DoesNotMatch(DoubledMarks(), page);
        Assert.Contains("<q>", page, StringComparison.Ordinal); // words without marks still get them from <q>
    }

    private static string Section(string page, string id)
    {
        var start = page.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {id}");
        var end = page.IndexOf("</section>", start, StringComparison.Ordinal);
        return page[start..end];
    }

    private string Read(string page) => File.ReadAllText(Path.Combine(_folder.FullName, page));

    [GeneratedRegex("<tr><th>")]
    private static partial Regex RowHeader();

    [GeneratedRegex("<circle [^>]*class=\"st-dot")]
    private static partial Regex StepDot();

    [GeneratedRegex("<q>(&quot;|\u201c|\")")]
    private static partial Regex DoubledMarks();
}
