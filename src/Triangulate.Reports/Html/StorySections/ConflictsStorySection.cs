using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Html.StorySections;

/// <summary>Where sources disagree: each side's value, its articles and evidence, and whether it is a contradiction or an update.</summary>
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
