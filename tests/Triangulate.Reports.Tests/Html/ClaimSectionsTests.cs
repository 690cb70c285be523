using Triangulate.Core.Dossier;
using Triangulate.Reports.Html;

namespace Triangulate.Reports.Tests.Html;

public class ClaimSectionsTests
{
    [Fact]
    public void Render_Framing_IsATableWithOneColumnPerOutlet()
    {
        var dossier = SampleDossier.Build();
        var story = dossier.Stories![0];
        var evidence = story.Framing![0].Evidence;
        story.Framing = [story.Framing[0], new DossierFraming("e1", "Wire Desk", [], evidence)];

        var html = new HtmlReportWriter().Render(dossier);

        var table = html[html.IndexOf("<table class=\"framing\"", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        Assert.Contains("<th>Harbour Times</th>", table, StringComparison.Ordinal);
        Assert.Contains("<th>Wire Desk</th>", table, StringComparison.Ordinal);
        Assert.Contains("—", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Claims_CorroboratedBeforeUnique()
    {
        var dossier = SampleDossier.Build();
        var story = dossier.Stories![0];
        var corroborated = story.Claims![0];
        story.Claims = [new DossierClaim { Id = "c9", Text = "Only the blog says the mayor wept.", Status = "unique", IndependentSources = 1 }, corroborated];

        var html = new HtmlReportWriter().Render(dossier);

        Assert.True(html.IndexOf(corroborated.Text, StringComparison.Ordinal) < html.IndexOf("Only the blog says", StringComparison.Ordinal));
        Assert.Contains("status-corroborated", html, StringComparison.Ordinal);
    }
}
