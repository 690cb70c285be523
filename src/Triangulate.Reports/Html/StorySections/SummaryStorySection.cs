using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Html.StorySections;

/// <summary>The story's summary, each sentence followed by the evidence it rests on.</summary>
public sealed class SummaryStorySection : ListStorySection<DossierSummarySentence>
{
    public override int Order => 10;

    public override string Title => "Summary";

    protected override string ListClass => "summary";

    protected override IReadOnlyList<DossierSummarySentence>? Items(DossierStory story) => story.Summary;

    protected override void RenderItem(ReportContext context, DossierStory story, DossierSummarySentence item, HtmlWriter html)
    {
        html.Element("p", item.Sentence);
        EvidenceHtml.WriteList(context, html, item.Evidence);
    }
}
