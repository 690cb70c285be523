using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Html.StorySections;

/// <summary>Claims with their status and the counting rule: independent sources (lineages), then articles.
/// Grouped by status: what several sources confirm first, then what they disagree on, then single-source claims.</summary>
public sealed class ClaimsStorySection : ListStorySection<DossierClaim>
{
    public override int Order => 30;

    public override string Title => "Claims";

    protected override string ListClass => "claims";

    protected override IReadOnlyList<DossierClaim>? Items(DossierStory story) =>
        story.Claims?.OrderBy(c => StatusRank(c.Status)).ThenByDescending(c => c.IndependentSources).ToList();

    private static int StatusRank(string status) => status switch
    {
        "corroborated" => 0,
        "conflicting" => 1,
        _ => 2,
    };

    protected override void RenderItem(ReportContext context, DossierStory story, DossierClaim item, HtmlWriter html)
    {
        html.Open("p").Element("span", item.Status, "badge status status-" + item.Status).Text(" ").Text(item.Text).Close("p");
        html.Open("p", "muted").Text(ReportFormat.SourceCount(item.IndependentSources, item.ArticleIds.Count)).Text(": ");
        EvidenceHtml.WriteArticleRefs(context, html, item.ArticleIds);
        html.Close("p");
        EvidenceHtml.WriteList(context, html, item.Evidence);
    }
}
