using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Html.StorySections;

/// <summary>
/// The story's measurements, one line per figure (value, what it counts, its bound and scope) with every statement
/// of it as evidence, most-stated first.
/// </summary>
public sealed class QuantitiesStorySection : ListStorySection<QuantitiesStorySection.Figure>
{
    public override int Order => 80;

    public override string Title => "Quantities";

    protected override string ListClass => "quantities";

    protected override IReadOnlyList<Figure>? Items(DossierStory story) =>
        story.Quantities?
            .GroupBy(q => (q.Value, q.Unit, q.Counted, q.Bound, q.Scope))
            .Select(g => new Figure(g.First(), [.. g.SelectMany(q => q.Evidence)]))
            .OrderByDescending(f => f.Evidence.Select(e => e.ArticleId).Distinct(StringComparer.Ordinal).Count())
            .ThenBy(f => f.First.Counted, StringComparer.Ordinal)
            .ThenBy(f => f.First.Value)
            .ToList();

    protected override void RenderItem(ReportContext context, DossierStory story, Figure item, HtmlWriter html)
    {
        var q = item.First;
        html.Open("p").Open("strong").Number(q.Value);
        if (!string.IsNullOrEmpty(q.Unit))
        {
            html.Text(" ").Text(q.Unit);
        }

        html.Close("strong").Text(" ").Element("span", q.Counted, "badge");
        if (q.Bound != "exact")
        {
            html.Text(" ").Element("span", q.Bound, "badge");
        }

        if (!string.IsNullOrEmpty(q.Scope))
        {
            html.Text(" in ").Text(q.Scope);
        }

        if (!string.IsNullOrEmpty(q.About))
        {
            html.Text(" — ").Text(q.About);
        }

        html.Close("p");
        EvidenceHtml.WriteList(context, html, item.Evidence);
    }

    /// <summary>One figure: the first measurement that states it and the evidence of all of them.</summary>
    public sealed record Figure(DossierQuantity First, List<Evidence> Evidence);
}
