using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Html.Sections;

/// <summary>The summary header: counts of inputs, articles, stories and diagnostics by level.</summary>
public sealed class OverviewSection : IReportSection
{
    public int Order => 0;

    public string Id => "overview";

    public string Title => "Overview";

    public bool HasContent(ReportContext context) => true;

    public void Render(ReportContext context, HtmlWriter html)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(html);
        var d = context.Dossier;
        html.Open("dl", "counts");
        Count(html, "Inputs", InputsSection.Inputs(d).Count);
        Count(html, "Articles", d.Articles.Count);
        if (d.Stories is { } stories)
        {
            Count(html, "Stories", stories.Count);
        }

        Count(html, "Errors", CountLevel(d, "error"), "error");
        Count(html, "Warnings", CountLevel(d, "warning"), "warning");
        Count(html, "Notes", CountLevel(d, "info"), "info");
        html.Close("dl");
    }

    private static int CountLevel(DossierDocument d, string level) =>
        d.Diagnostics.Count(x => string.Equals(x.Level, level, StringComparison.OrdinalIgnoreCase));

    private static void Count(HtmlWriter html, string label, int value, string? level = null)
    {
        html.Open("div", level is null ? "count" : $"count level-{level}");
        html.Element("dt", label);
        html.Element("dd", value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        html.Close("div");
    }
}
