using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Html.StorySections;

/// <summary>
/// How each outlet headlined the story, side by side: one row per outlet (first to publish first) with its lean,
/// country and every headline it ran, each linked to the article. Articles without an outlet name share one row;
/// an article without a headline says so instead of showing its file or id.
/// </summary>
public sealed class HeadlinesStorySection : IStorySection
{
    private const string Unnamed = "unnamed outlet";

    public int Order => 16;

    public string Title => "Headlines by outlet";

    public bool HasContent(DossierStory story) => story is not null && story.ArticleIds.Count > 0;

    public void Render(ReportContext context, DossierStory story, HtmlWriter html)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(html);
        var rows = story.ArticleIds.Select(context.FindArticle).OfType<DossierArticle>()
            .GroupBy(a => a.Outlet ?? Unnamed, StringComparer.Ordinal)
            .Select(g => (Outlet: g.Key, Articles: g.OrderBy(a => a.Published ?? DateTimeOffset.MaxValue).ThenBy(a => a.Id, StringComparer.Ordinal).ToList()))
            .OrderBy(r => r.Articles[0].Published ?? DateTimeOffset.MaxValue).ThenBy(r => r.Outlet, StringComparer.Ordinal)
            .ToList();
        html.Open("div", "table-wrap").Open("table", "headlines").Open("thead").Open("tr")
            .Element("th", "Outlet").Element("th", "Lean").Element("th", "Country").Element("th", "Headlines, earliest first")
            .Close("tr").Close("thead").Open("tbody");
        foreach (var (outlet, articles) in rows)
        {
            var first = articles[0];
            html.Open("tr").Element("th", outlet).Element("td", first.OutletLean ?? "—").Element("td", first.OutletCountry ?? "—").Open("td").Open("ul", "plain");
            foreach (var a in articles)
            {
                html.Open("li");
                var label = a.Title ?? "Untitled article";
                if (context.ArticleHref(a.Id) is { } href)
                {
                    html.Link(href, label);
                }
                else
                {
                    html.Text(label);
                }

                html.Text(" · ").Time(a.Published).Close("li");
            }

            html.Close("ul").Close("td").Close("tr");
        }

        html.Close("tbody").Close("table").Close("div");
    }
}
