using Triangulate.Reports.Html;
using Triangulate.Reports.Html.Sections;

namespace Triangulate.Reports.Site;

/// <summary>inputs.html: every input with the articles it gave (linked to their texts), then the diagnostics table.</summary>
internal static class InputsPage
{
    public static void Write(ReportContext context, bool hasOtherArticles, HtmlWriter html)
    {
        html.Open("header");
        SitePage.WriteNav(html, context.CurrentPage, hasOtherArticles);
        html.Element("h1", "Inputs and diagnostics");
        html.Close("header");
        html.Open("main");
        foreach (var section in (IReportSection[])[new InputsSection(), new DiagnosticsSection()])
        {
            html.Open("section", id: section.Id);
            html.Element("h2", section.Title);
            if (section.HasContent(context))
            {
                section.Render(context, html);
            }
            else
            {
                html.Element("p", "None.", "muted");
            }

            html.Close("section");
        }

        html.Close("main");
    }
}
