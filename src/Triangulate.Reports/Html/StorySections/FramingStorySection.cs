using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Html.StorySections;

/// <summary>How each outlet describes each actor.</summary>
public sealed class FramingStorySection : ListStorySection<DossierFraming>
{
    public override int Order => 90;

    public override string Title => "Framing";

    protected override string ListClass => "framing";

    protected override IReadOnlyList<DossierFraming>? Items(DossierStory story) => story.Framing;

    protected override void RenderItem(ReportContext context, DossierStory story, DossierFraming item, HtmlWriter html)
    {
        var entity = story.Entities?.FirstOrDefault(e => e.Id == item.EntityId);
        html.Open("p").Element("strong", item.Outlet).Text(" on ").Element("strong", entity?.Name ?? item.EntityId)
            .Text(": ").Text(string.Join("; ", item.Descriptors)).Close("p");
        EvidenceHtml.WriteList(context, html, item.Evidence);
    }
}
