using System.Diagnostics.CodeAnalysis;

namespace Triangulate.Reports.Html.StorySections;

/// <summary>What a story part that is a list in the dossier shows when the list has nothing to show.</summary>
internal static class StoryLists
{
    /// <summary>
    /// True when <paramref name="items"/> holds something to render. Otherwise writes what its absence means: nothing
    /// for null (no stage produced it), "None found." for an empty list (the stage ran and found nothing, which
    /// readers should know).
    /// </summary>
    public static bool HasItems<T>([NotNullWhen(true)] IReadOnlyList<T>? items, HtmlWriter html)
    {
        if (items is null)
        {
            return false;
        }

        if (items.Count == 0)
        {
            html.Element("p", "None found.", "muted");
            return false;
        }

        return true;
    }
}
