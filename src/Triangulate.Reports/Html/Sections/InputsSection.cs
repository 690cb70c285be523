using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Html.Sections;

/// <summary>Every input of the run, with the articles it gave and how many diagnostics it raised.</summary>
public sealed class InputsSection : IReportSection
{
    public int Order => 10;

    public string Id => "inputs";

    public string Title => "Inputs";

    public bool HasContent(ReportContext context) => Inputs(context.Dossier).Count > 0;

    public void Render(ReportContext context, HtmlWriter html)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(html);
        var d = context.Dossier;
        // Lookups, not per-input scans: a run can have tens of thousands of inputs.
        var articlesOf = d.Articles.ToLookup(a => a.Input, a => a.Id, StringComparer.Ordinal);
        var diagnosticsOf = d.Diagnostics.ToLookup(x => x.Input, StringComparer.Ordinal);
        html.Open("ul", "inputs");
        foreach (var input in Inputs(d))
        {
            html.Open("li");
            html.Element("code", input);
            var articles = articlesOf[input].ToList();
            if (articles.Count > 0)
            {
                html.Text(" → ");
                EvidenceHtml.WriteArticleRefs(context, html, articles);
            }
            else
            {
                html.Element("span", " no article", "muted");
            }

            var diagnostics = diagnosticsOf[input].Count();
            if (diagnostics > 0)
            {
                html.Text(" ").Link("#diagnostics", ReportFormat.Plural(diagnostics, "diagnostic"), "badge");
            }

            html.Close("li");
        }

        html.Close("ul");
    }

    /// <summary>Distinct inputs in first-seen order: articles' inputs, then those only diagnostics mention.</summary>
    public static IReadOnlyList<string> Inputs(DossierDocument dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<string>();
        foreach (var input in dossier.Articles.Select(a => a.Input).Concat(dossier.Diagnostics.Select(x => x.Input)))
        {
            if (!string.IsNullOrEmpty(input) && seen.Add(input))
            {
                list.Add(input);
            }
        }

        return list;
    }
}
