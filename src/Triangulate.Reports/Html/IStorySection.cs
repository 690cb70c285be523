using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Html;

/// <summary>
/// One part of a story in the report (lineages, quotes, conflicts…). Written in ascending <see cref="Order"/>
/// under an &lt;h4&gt; with <see cref="Title"/>, only when <see cref="HasContent"/> is true — a section that
/// no stage produced (null in the dossier) renders nothing.
/// </summary>
public interface IStorySection
{
    int Order { get; }

    string Title { get; }

    bool HasContent(DossierStory story);

    void Render(ReportContext context, DossierStory story, HtmlWriter html);
}
