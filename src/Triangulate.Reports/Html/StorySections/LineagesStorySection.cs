using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Html.StorySections;

/// <summary>Lineages: articles deriving from one original report, with the credited origin and shared text.</summary>
public sealed class LineagesStorySection : ListStorySection<DossierLineage>
{
    public override int Order => 60;

    public override string Title => "Lineages";

    protected override string ListClass => "lineages";

    protected override IReadOnlyList<DossierLineage>? Items(DossierStory story) => story.Lineages;

    protected override void RenderItem(ReportContext context, DossierStory story, DossierLineage item, HtmlWriter html)
    {
        html.Open("p").Element("strong", item.Id).Text(" — origin: ").Text(item.Origin?.Name ?? (item.Origin?.ArticleId is { } origin ? context.ArticleLabel(origin) : "unknown"))
            .Text(" · shared text ").Text(item.SharedText.ToString("P0", System.Globalization.CultureInfo.InvariantCulture)).Close("p");
        html.Open("p").Text(ReportFormat.Plural(item.ArticleIds.Count, "article")).Text(": ");
        EvidenceHtml.WriteArticleRefs(context, html, item.ArticleIds);
        html.Close("p");
        EvidenceHtml.WriteList(context, html, item.Evidence);
    }
}
