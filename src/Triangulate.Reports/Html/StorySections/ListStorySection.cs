using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Html.StorySections;

/// <summary>
/// Base for story parts that are a list in the dossier, written one item per list entry. Null and empty lists
/// render as <see cref="StoryLists.HasItems"/> says.
/// </summary>
public abstract class ListStorySection<T> : IStorySection
{
    public abstract int Order { get; }

    public abstract string Title { get; }

    /// <summary>The story's list for this part, or null when absent.</summary>
    protected abstract IReadOnlyList<T>? Items(DossierStory story);

    protected abstract void RenderItem(ReportContext context, DossierStory story, T item, HtmlWriter html);

    /// <summary>The list element's class (also the hook for CSS).</summary>
    protected virtual string ListClass => "items";

    /// <summary>
    /// At most this many items are written, then a line says how many more the dossier holds (null: all). The report
    /// site caps long lists so that a story page stays small: a story of earnings tables can hold thousands of figures.
    /// </summary>
    public int? MaxItems { get; init; }

    public bool HasContent(DossierStory story) => story is not null && Items(story) is not null;

    public void Render(ReportContext context, DossierStory story, HtmlWriter html)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(html);
        var items = Items(story);
        if (!StoryLists.HasItems(items, html))
        {
            return;
        }

        var shown = MaxItems is { } max ? Math.Min(max, items.Count) : items.Count;
        html.Open("ol", ListClass);
        for (var i = 0; i < shown; i++)
        {
            html.Open("li");
            RenderItem(context, story, items[i], html);
            html.Close("li");
        }

        html.Close("ol");
        if (shown < items.Count)
        {
            html.Element("p", ReportFormat.ShowingOf(shown, items.Count), "muted");
        }
    }
}
