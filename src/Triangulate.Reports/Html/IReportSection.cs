namespace Triangulate.Reports.Html;

/// <summary>
/// One top-level part of the HTML report. The writer wraps each section that has content in
/// <c>&lt;section id="{Id}"&gt;&lt;h2&gt;{Title}&lt;/h2&gt;…&lt;/section&gt;</c> and lists it in the navigation;
/// sections are written in ascending <see cref="Order"/>.
/// </summary>
public interface IReportSection
{
    int Order { get; }

    /// <summary>The anchor id (lower-case letters, digits and '-').</summary>
    string Id { get; }

    string Title { get; }

    /// <summary>False when the dossier has nothing for this section; it is then left out entirely.</summary>
    bool HasContent(ReportContext context);

    void Render(ReportContext context, HtmlWriter html);
}
