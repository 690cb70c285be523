namespace Triangulate.Extraction.Html;

/// <summary>
/// Fixes markup that makes the parser swallow the rest of the page. Two cases matter on real pages: a
/// &lt;title&gt; without its end tag, which HTML5 reads as raw text to the end of the file (8 of the 311
/// L3S-GN1 dev pages then yield no text at all), and any tag other than an option inside a
/// &lt;select&gt;, which AngleSharp 1.10 (following the newer "customizable select" parsing) opens as a
/// container it never closes, so the &lt;/select&gt; is lost and the story lands inside a jump menu.
/// </summary>
internal static class MarkupRepair
{
    /// <summary>How far after &lt;select&gt; its end tag is looked for: a long jump menu is a few KB.</summary>
    private const int SelectWindow = 65536;

    /// <summary>How far after &lt;title&gt; its end tag is looked for; real titles are far shorter.</summary>
    private const int TitleWindow = 4096;

    public static string CloseTitle(string html)
    {
        var open = html.IndexOf("<title", StringComparison.OrdinalIgnoreCase);
        if (open < 0)
        {
            return html;
        }

        var tagEnd = html.IndexOf('>', open);
        if (tagEnd < 0)
        {
            return html;
        }

        var window = html.AsSpan(tagEnd + 1, Math.Min(TitleWindow, html.Length - tagEnd - 1));
        var at = 0;
        while (true)
        {
            var close = window[at..].IndexOf("</title", StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                break;
            }

            // "</titleval" does not end a title; only "</title" followed by '>', '/' or a space does.
            var after = at + close + 7;
            if (after >= window.Length || window[after] is '>' or '/' or ' ' or '\t' or '\n' or '\r' or '\f')
            {
                return html;
            }

            at = after;
        }

        var next = html.IndexOf('<', tagEnd + 1);
        return next < 0 ? html : string.Concat(html.AsSpan(0, next), "</title>", html.AsSpan(next));
    }

    /// <summary>
    /// Empties every &lt;select&gt; that has its end tag: a menu's options are never article text, and
    /// what sits between them (a stray &lt;br&gt;, &lt;img&gt; or unclosed &lt;span&gt;) is what breaks the parse.
    /// </summary>
    public static string EmptySelects(string html)
    {
        var open = IndexOfTag(html, "<select", 0);
        if (open < 0)
        {
            return html;
        }

        var sb = new System.Text.StringBuilder(html.Length);
        var copied = 0;
        while (open >= 0)
        {
            var tagEnd = html.IndexOf('>', open);
            if (tagEnd < 0)
            {
                break;
            }

            // The end tag is looked for only up to the next menu: one that comes after it is that menu's,
            // and bounding the search keeps a page of many unclosed menus linear.
            var next = IndexOfTag(html, "<select", tagEnd + 1);
            var window = Math.Min(SelectWindow, (next >= 0 ? next : html.Length) - tagEnd - 1);
            var close = html.AsSpan(tagEnd + 1, window).IndexOf("</select", StringComparison.OrdinalIgnoreCase);

            // No end tag of its own: leave it to the parser rather than empty the page after it.
            if (close < 0)
            {
                open = next;
                continue;
            }

            close += tagEnd + 1;
            sb.Append(html, copied, tagEnd + 1 - copied);
            copied = close;
            open = IndexOfTag(html, "<select", close);
        }

        return copied == 0 ? html : sb.Append(html, copied, html.Length - copied).ToString();
    }

    /// <summary>Where a start tag with this name begins ("&lt;select" but not "&lt;selection"), or -1.</summary>
    private static int IndexOfTag(string html, string tag, int from)
    {
        while (true)
        {
            var at = html.IndexOf(tag, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0 || at + tag.Length >= html.Length)
            {
                return -1;
            }

            if (html[at + tag.Length] is '>' or '/' or ' ' or '\t' or '\n' or '\r' or '\f')
            {
                return at;
            }

            from = at + tag.Length;
        }
    }
}
