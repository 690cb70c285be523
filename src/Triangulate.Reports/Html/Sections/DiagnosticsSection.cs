namespace Triangulate.Reports.Html.Sections;

/// <summary>The diagnostics table: level, code, input, message.</summary>
public sealed class DiagnosticsSection : IReportSection
{
    public int Order => 90;

    public string Id => "diagnostics";

    public string Title => "Diagnostics";

    public bool HasContent(ReportContext context) => context.Dossier.Diagnostics.Count > 0;

    public void Render(ReportContext context, HtmlWriter html)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(html);
        html.Open("div", "table-wrap").Open("table", "diagnostics");
        html.Open("thead").Open("tr");
        foreach (var header in (string[])["Level", "Code", "Input", "Message"])
        {
            html.Open("th", [("scope", "col")]).Text(header).Close("th");
        }

        html.Close("tr").Close("thead").Open("tbody");
        foreach (var d in context.Dossier.Diagnostics)
        {
            html.Open("tr", $"level-{LevelClass(d.Level)}");
            html.Open("td").Element("span", d.Level, "badge").Close("td");
            html.Open("td").Element("code", d.Code).Close("td");
            html.Open("td").Element("code", d.Input).Close("td");
            html.Element("td", d.Message);
            html.Close("tr");
        }

        html.Close("tbody").Close("table").Close("div");
    }

    /// <summary>Only known levels become class names; anything else is styled neutrally.</summary>
    private static string LevelClass(string level) => level switch
    {
        "error" or "warning" or "info" => level,
        _ => "other",
    };
}
