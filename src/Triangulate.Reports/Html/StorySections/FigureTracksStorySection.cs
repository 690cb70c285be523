using Triangulate.Core.Dossier;
using Triangulate.Reports.Html.Charts;

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
        StepChart.Write(html, item.About, StepPoints(context, item));
        var measurements = story.Quantities ?? [];
        FigureSeriesHtml.Write(context, html, [.. item.Steps.Select(step =>
        {
            var stated = step.MeasurementIndexes.Where(i => i >= 0 && i < measurements.Count).Select(i => measurements[i]).ToList();
            var source = stated.Select(m => m.Source).FirstOrDefault(s => s is not null);
            return new FigurePoint(step.AsOf, step.Value, stated.FirstOrDefault()?.Evidence.FirstOrDefault()?.Text ?? "", step.Bound, step.Step, source,
                step.ArticleIds, [.. stated.SelectMany(m => m.Evidence).Take(EvidencePerStep)]);
        })]);
    }

    /// <summary>One mark per report and outlet: each article of a step at its own publication time (never before the
    /// step's as-of), so a figure several outlets repeated shows as several dots on one level.</summary>
    internal static List<StepPoint> StepPoints(ReportContext context, DossierFigureTrack track)
    {
        var points = new List<StepPoint>();
        foreach (var step in track.Steps)
        {
            if (step.AsOf is not { } asOf)
            {
                continue;
            }

            foreach (var id in step.ArticleIds)
            {
                var published = context.FindArticle(id)?.Published;
                var at = published is { } p && p > asOf ? p : asOf;
                points.Add(new StepPoint(at, step.Value, context.ArticleLabel(id), step.Step, context.ArticleHref(id)));
            }
        }

        return points;
    }
}
