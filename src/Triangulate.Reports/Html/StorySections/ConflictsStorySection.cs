using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Html.StorySections;

/// <summary>
/// Where sources disagree. A numeric conflict is a figure track drawn as a time-ordered series with each step's
/// assessment; other conflicts list each side's value, articles and evidence.
/// </summary>
public sealed class ConflictsStorySection : ListStorySection<DossierConflict>
{
    public override int Order => 20;

    public override string Title => "Conflicts";

    protected override string ListClass => "conflicts";

    protected override IReadOnlyList<DossierConflict>? Items(DossierStory story) => story.Conflicts;

    protected override void RenderItem(ReportContext context, DossierStory story, DossierConflict item, HtmlWriter html)
    {
        html.Open("p").Element("span", item.Kind, "badge").Text(" ").Element("strong", item.About)
            .Text(" ").Element("span", item.Assessment, "badge assessment").Close("p");
        if (item.TrackId is not null)
        {
            FigureSeriesHtml.Write(context, html, [.. item.Sides.Select(s =>
                new FigurePoint(s.AsOf, s.Normalized ?? 0, s.Value, s.Bound, s.Step, s.Source, s.ArticleIds, s.Evidence))]);
            return;
        }

        html.Open("ul", "sides");
        foreach (var side in item.Sides)
        {
            html.Open("li").Element("strong", side.Value).Text(" — ");
            EvidenceHtml.WriteArticleRefs(context, html, side.ArticleIds);
            EvidenceHtml.WriteList(context, html, side.Evidence);
            html.Close("li");
        }

        html.Close("ul");
    }
}
