namespace Triangulate.Extraction.Html;

/// <summary>
/// Estimates element nesting on raw markup, before any tree is built, so that a hostile page
/// (100,000 nested elements) never reaches code that could recurse on depth. Tags that HTML closes
/// implicitly (p, li, td…) and void tags are not counted, so ordinary sloppy pages stay shallow.
/// </summary>
internal static class MarkupDepth
{
    /// <summary>True when the open-minus-close tag count ever exceeds <paramref name="limit"/>.</summary>
    public static bool Exceeds(string html, int limit)
    {
        var depth = 0;
        var i = 0;
        while (true)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                return false;
            }

            i = lt + 1;
            var closing = html[i] == '/';
            var start = closing ? i + 1 : i;
            var end = start;
            while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
            {
                end++;
            }

            if (end == start || !char.IsAsciiLetter(html[start]))
            {
                continue;
            }

            var name = html.AsSpan(start, end - start);
            if (IsUncounted(name))
            {
                continue;
            }

            if (closing)
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            var gt = html.IndexOf('>', end);
            if (gt > 0 && html[gt - 1] == '/')
            {
                continue;
            }

            if (++depth > limit)
            {
                return true;
            }

            if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                // Raw-text elements: their content may hold '<' that is not markup.
                var close = html.IndexOf("</" + name.ToString(), end, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
            }
        }
    }

    private static bool IsUncounted(ReadOnlySpan<char> name) => name.Length switch
    {
        1 => name[0] is 'p' or 'P',
        2 => name.Equals("li", StringComparison.OrdinalIgnoreCase) || name.Equals("td", StringComparison.OrdinalIgnoreCase)
            || name.Equals("tr", StringComparison.OrdinalIgnoreCase) || name.Equals("th", StringComparison.OrdinalIgnoreCase)
            || name.Equals("dt", StringComparison.OrdinalIgnoreCase) || name.Equals("dd", StringComparison.OrdinalIgnoreCase)
            || name.Equals("br", StringComparison.OrdinalIgnoreCase) || name.Equals("hr", StringComparison.OrdinalIgnoreCase),
        3 => name.Equals("img", StringComparison.OrdinalIgnoreCase) || name.Equals("col", StringComparison.OrdinalIgnoreCase)
            || name.Equals("wbr", StringComparison.OrdinalIgnoreCase),
        4 => name.Equals("meta", StringComparison.OrdinalIgnoreCase) || name.Equals("link", StringComparison.OrdinalIgnoreCase)
            || name.Equals("base", StringComparison.OrdinalIgnoreCase) || name.Equals("area", StringComparison.OrdinalIgnoreCase),
        5 => name.Equals("input", StringComparison.OrdinalIgnoreCase) || name.Equals("embed", StringComparison.OrdinalIgnoreCase)
            || name.Equals("track", StringComparison.OrdinalIgnoreCase) || name.Equals("param", StringComparison.OrdinalIgnoreCase),
        6 => name.Equals("option", StringComparison.OrdinalIgnoreCase) || name.Equals("source", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };
}
