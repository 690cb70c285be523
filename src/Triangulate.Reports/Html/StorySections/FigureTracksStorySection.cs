using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Html.StorySections;

/// <summary>Every counted thing the story follows (deaths, injured, on board…), each as a time-ordered series of its values.</summary>
public sealed class FigureTracksStorySection : ListStorySection<DossierFigureTrack>
{
    private const int EvidencePerStep = 3;

    public override int Order => 75;

    public override string Title => "Figures";

    protected override string ListClass => "tracks";

    protected override IReadOnlyList<DossierFigureTrack>? Items(DossierStory story) => story.FigureTracks;

    protected override void RenderItem(ReportContext context, DossierStory story, DossierFigureTrack item, HtmlWriter html)
    {
        html.Open("p").Element("strong", item.About).Text(" ").Element("span", item.Assessment, "badge assessment").Close("p");
        var measurements = story.Quantities ?? [];
        FigureSeriesHtml.Write(context, html, [.. item.Steps.Select(step =>
        {
            var stated = step.MeasurementIndexes.Where(i => i >= 0 && i < measurements.Count).Select(i => measurements[i]).ToList();
            var source = stated.Select(m => m.Source).FirstOrDefault(s => s is not null);
            return new FigurePoint(step.AsOf, step.Value, stated.FirstOrDefault()?.Evidence.FirstOrDefault()?.Text ?? "", step.Bound, step.Step, source,
                step.ArticleIds, [.. stated.SelectMany(m => m.Evidence).Take(EvidencePerStep)]);
        })]);
    }
}
