namespace Triangulate.Extraction.Html;

/// <summary>Gathering the siblings of the top candidate that belong to the same article (repeated cells, text-like blocks).</summary>
internal static partial class ContentScorer
{
    private static List<int> WithSiblings(PageModel model, int top)
    {
        var nodes = model.Nodes;
        var t = nodes[top];
        var chosen = new List<int>();
        if (t.Parent < 0)
        {
            chosen.Add(top);
            return chosen;
        }

        // Cells side by side in one row are page columns, not parts of one article (as in Climb).
        if (t.Tag is "td" or "th" && nodes[t.Parent].Tag is "tr")
        {
            chosen.Add(top);
            return chosen;
        }

        var threshold = Math.Max(10, t.Score * 0.2);
        var parentElement = nodes[t.Parent].Element;
        var topClass = t.Element.GetAttribute("class");
        var topInner = Innermost(model, top);
        foreach (var child in parentElement.Children)
        {
            var index = model.IndexOf(child);
            if (index < 0)
            {
                continue;
            }

            if (index == top)
            {
                chosen.Add(index);
                continue;
            }

            var s = nodes[index];
            if (s.Removed)
            {
                continue;
            }

            var bonus = topClass is { Length: > 0 } && child.GetAttribute("class") == topClass ? t.Score * 0.2 : 0;
            // A short block scores on its class name alone ("articleDate", "entry-header"): the headline,
            // date and byline rows above a story, which are not its text.
            if (s.IsCandidate && s.Score + bonus >= threshold && s.ClassWeight >= 0 && s.LinkDensity < 0.2
                && s.Text >= MinSiblingText && s.Tag is not "header")
            {
                chosen.Add(index);
            }
            else if (topInner != top && s.ClassWeight >= 0 && s.LinkDensity < 0.2 && WrapsSameKind(model, index, nodes[topInner], threshold))
            {
                chosen.Add(index);
            }
            else if (s.Tag is "p" && ReadsLikeText(s))
            {
                chosen.Add(index);
            }
        }

        return chosen;
    }

    /// <summary>
    /// The innermost element of a chain of only children (a table row wrapping one cell that holds the
    /// text), which Climb moved up through.
    /// </summary>
    private static int Innermost(PageModel model, int index)
    {
        while (OnlyChild(model, index) is var child && child >= 0)
        {
            index = child;
        }

        return index;
    }

    /// <summary>The one child element that holds all of the node's text, or -1.</summary>
    private static int OnlyChild(PageModel model, int index)
    {
        var n = model.Nodes[index];
        if (n.Element.ChildElementCount != 1)
        {
            return -1;
        }

        var child = model.IndexOf(n.Element.FirstElementChild!);
        return child < 0 || model.Nodes[child].Removed || model.Nodes[child].Text + 10 < n.Text ? -1 : child;
    }

    /// <summary>True when the sibling's chain of only children holds a cell like the top's, scoring at least <paramref name="threshold"/>.</summary>
    private static bool WrapsSameKind(PageModel model, int index, PageNode like, double threshold)
    {
        for (var i = index; i >= 0; i = OnlyChild(model, i))
        {
            var n = model.Nodes[i];
            if (SameKind(n, like) && n.Score >= threshold)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Same tag and the same non-empty class: one more cell of an article split over repeated cells.</summary>
    private static bool SameKind(PageNode a, PageNode b) =>
        a.IsCandidate && !a.Removed && a.Tag == b.Tag && a.Element.GetAttribute("class") is { Length: > 0 } cls
            && cls == b.Element.GetAttribute("class");

    private static bool ReadsLikeText(PageNode s)
    {
        if (s.Text > 80 && s.LinkDensity < 0.25)
        {
            return true;
        }

        if (s.Text is 0 or > 80 || s.LinkText > 0)
        {
            return false;
        }

        var text = s.Element.TextContent.TrimEnd();
        return text.Length > 0 && text[^1] is '.' or '!' or '?' or '"' or '”';
    }
}
