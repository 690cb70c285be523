namespace Triangulate.Extraction.Html;

/// <summary>
/// The story starts just below its headline: a candidate that begins far below the heading that repeats
/// the page title (reader comments, "must read" teasers, promotion boxes) or above it is scaled down.
/// Nothing changes when no heading matches the title.
/// </summary>
internal static class Headline
{
    /// <summary>
    /// Text (non-space chars) allowed between the headline and a candidate's first text: 800, about a
    /// standfirst, a byline and a caption. Chosen on the dev splits with class/id names stripped (the
    /// harness's TRIANGULATE_STRIP_NAMES=1, a stand-in for sites whose names the hints do not know):
    /// anything in 500-1000 scores the same there, and the normal dev scores do not move.
    /// </summary>
    private const int MaxGap = 800;

    /// <summary>Score factor for a candidate outside that window: 0.5 (0.3-0.7 score the same).</summary>
    private const double FarFactor = 0.5;

    /// <summary>Scales down the candidates far from <paramref name="headline"/> (a node index; -1: none).</summary>
    public static void Weigh(PageModel model, int headline)
    {
        var nodes = model.Nodes;
        if (headline < 0)
        {
            return;
        }

        // Text before each node in document order (nodes are in pre-order), skipping removed subtrees.
        var start = new int[nodes.Count];
        var sum = 0;
        for (var i = 0; i < nodes.Count; i++)
        {
            start[i] = sum;
            sum += nodes[i].Removed ? 0 : nodes[i].OwnText;
        }

        var headlineEnd = start[headline] + nodes[headline].Text;
        for (var i = 0; i < nodes.Count; i++)
        {
            var n = nodes[i];
            if (!n.IsCandidate || Contains(nodes, i, headline))
            {
                continue;
            }

            var gap = start[i] - headlineEnd;
            if (gap < 0 || gap > MaxGap)
            {
                n.Score *= FarFactor;
            }
        }
    }

    private static bool Contains(List<PageNode> nodes, int ancestor, int node)
    {
        for (var p = node; p >= 0; p = nodes[p].Parent)
        {
            if (p == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The last h1-h3 before the story container's text (or inside it, before its first paragraph) with
    /// a headline's length (3 to 30 words), no further than <see cref="MaxGap"/> chars of text above it;
    /// null when there is none.
    /// </summary>
    public static string? Above(PageModel model, int root)
    {
        var nodes = model.Nodes;
        var gap = 0;
        string? found = null;

        // Walk back in document order from the first paragraph inside the root (or the root itself).
        var from = root;
        for (var i = root + 1; i < nodes.Count && IsInside(nodes, i, root); i++)
        {
            if (nodes[i].Tag is "p" && !nodes[i].Removed && nodes[i].Text >= TextBlocks.MinParagraphChars)
            {
                from = i;
                break;
            }
        }

        for (var i = from - 1; i >= 0 && gap <= MaxGap; i--)
        {
            var n = nodes[i];
            if (n.Removed || IsRemovedInside(nodes, i))
            {
                continue;
            }

            if (n.Tag is "h1" or "h2" or "h3")
            {
                var text = TextBlocks.CollapseWhitespace(n.Element.TextContent);
                var words = text.Split(' ').Length;
                if (words is >= 3 and <= 30 && text.Length <= 250)
                {
                    found = text;
                }

                break;
            }

            gap += n.OwnText;
        }

        return found;
    }

    private static bool IsInside(List<PageNode> nodes, int node, int ancestor) => Contains(nodes, ancestor, node);

    private static bool IsRemovedInside(List<PageNode> nodes, int node)
    {
        for (var p = nodes[node].Parent; p >= 0; p = nodes[p].Parent)
        {
            if (nodes[p].Removed)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first h1 (else h2 or h3) whose text is the title or holds it, or the title holds it; -1 when none.</summary>
    public static int Find(PageModel model, string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return -1;
        }

        var t = Normalize(title);
        if (t.Length < 10)
        {
            return -1;
        }

        // An h1 wins over an earlier h2 or h3: a "trending" bar or sidebar may list this story's title
        // as a small heading above the real headline.
        var minor = -1;
        for (var i = 0; i < model.Nodes.Count; i++)
        {
            var n = model.Nodes[i];
            if (n.Tag is not ("h1" or "h2" or "h3") || n.Text < 10 || (minor >= 0 && n.Tag != "h1"))
            {
                continue;
            }

            var h = Normalize(n.Element.TextContent);
            // Half the title at least: a logo heading with the site name is also inside "Story | Site".
            if (h.Length >= 10 && ((h.Length * 2 >= t.Length && t.Contains(h, StringComparison.Ordinal)) || h.Contains(t, StringComparison.Ordinal)))
            {
                if (n.Tag == "h1")
                {
                    return i;
                }

                minor = i;
            }
        }

        return minor;
    }

    private static string Normalize(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }
}
