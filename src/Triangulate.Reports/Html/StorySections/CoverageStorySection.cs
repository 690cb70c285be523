using Triangulate.Core.Dossier;
using Triangulate.Reports.Building;

namespace Triangulate.Reports.Html.StorySections;

/// <summary>
/// Coverage by lean (AllSides ratings of the outlets) and by country, with a blindspot warning when one
/// side has no coverage. Shown only when some article of the story has a rated or registered outlet.
/// </summary>
public sealed class CoverageStorySection : IStorySection
{
    public int Order => 15;

    public string Title => "Coverage";

    public bool HasContent(DossierStory story) => story is not null;

    public void Render(ReportContext context, DossierStory story, HtmlWriter html)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(html);
        var articles = story.ArticleIds.Select(context.FindArticle).OfType<DossierArticle>().ToDictionary(a => a.Id, StringComparer.Ordinal);
        var coverage = StoryCoverage.Of(story, articles);
        if (coverage.Rated == 0 && coverage.ByCountry.Count == 0)
        {
            html.Element("p", "No outlet of this story has a lean rating or a known country.", "muted");
            return;
        }

        if (coverage.Blindspot is { } side)
        {
            html.Element("p", $"Blindspot: no coverage from the {side} among the {coverage.Rated} rated articles.", "blindspot");
        }

        html.Open("table", "coverage").Open("thead").Open("tr").Element("th", "Lean").Element("th", "Articles").Element("th", "Outlets")
            .Close("tr").Close("thead").Open("tbody");
        foreach (var (lean, count, outlets) in coverage.ByLean)
        {
            html.Open("tr").Element("td", lean).Element("td", count.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Element("td", string.Join(", ", outlets)).Close("tr");
        }

        html.Open("tr").Element("td", "not rated").Element("td", coverage.Unrated.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Element("td", "").Close("tr").Close("tbody").Close("table");
        if (coverage.ByCountry.Count > 0)
        {
            html.Element("p", "By outlet country: " + string.Join(", ", coverage.CountryCounts()) + ".", "muted");
        }

        html.Element("p", "Lean: AllSides media-bias ratings, read at run time (research use only).", "muted");
    }
}
