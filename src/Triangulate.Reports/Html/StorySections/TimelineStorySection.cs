using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Html.StorySections;

/// <summary>Dated events in dossier order, with the expression that dated them.</summary>
public sealed class TimelineStorySection : ListStorySection<DossierTimelineEntry>
{
    public override int Order => 40;

    public override string Title => "Timeline";

    protected override string ListClass => "timeline";

    protected override IReadOnlyList<DossierTimelineEntry>? Items(DossierStory story) => story.Timeline;

    protected override void RenderItem(ReportContext context, DossierStory story, DossierTimelineEntry item, HtmlWriter html)
    {
        html.Open("p").Element("strong", item.Date).Text(" ").Element("span", item.Precision, "badge").Text(" ").Text(item.Event);
        if (!string.IsNullOrEmpty(item.Expression))
        {
            html.Text(" (").Element("q", item.Expression).Text(")");
        }

        html.Close("p");
        EvidenceHtml.WriteList(context, html, item.Evidence);
    }
}
