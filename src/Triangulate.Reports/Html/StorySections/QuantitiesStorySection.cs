using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Html.StorySections;

/// <summary>Numbers stated in the story, with what they are about.</summary>
public sealed class QuantitiesStorySection : ListStorySection<DossierQuantity>
{
    public override int Order => 80;

    public override string Title => "Quantities";

    protected override string ListClass => "quantities";

    protected override IReadOnlyList<DossierQuantity>? Items(DossierStory story) => story.Quantities;

    protected override void RenderItem(ReportContext context, DossierStory story, DossierQuantity item, HtmlWriter html)
    {
        html.Open("p").Open("strong").Number(item.Value);
        if (!string.IsNullOrEmpty(item.Unit))
        {
            html.Text(" ").Text(item.Unit);
        }

        html.Close("strong");
        if (!string.IsNullOrEmpty(item.About))
        {
            html.Text(" — ").Text(item.About);
        }

        html.Close("p");
        EvidenceHtml.WriteList(context, html, item.Evidence);
    }
}
