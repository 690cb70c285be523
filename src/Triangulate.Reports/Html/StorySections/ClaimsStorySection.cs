using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Html.StorySections;

/// <summary>Claims with their status and the counting rule: independent sources (lineages), then articles.</summary>
public sealed class ClaimsStorySection : ListStorySection<DossierClaim>
{
    public override int Order => 30;

    public override string Title => "Claims";

    protected override string ListClass => "claims";

    protected override IReadOnlyList<DossierClaim>? Items(DossierStory story) => story.Claims;

    protected override void RenderItem(ReportContext context, DossierStory story, DossierClaim item, HtmlWriter html)
    {
        html.Open("p").Element("span", item.Status, "badge status").Text(" ").Text(item.Text).Close("p");
        html.Open("p", "muted").Text(ReportFormat.SourceCount(item.IndependentSources, item.ArticleIds.Count)).Text(": ");
        EvidenceHtml.WriteArticleRefs(context, html, item.ArticleIds);
        html.Close("p");
        EvidenceHtml.WriteList(context, html, item.Evidence);
    }
}
