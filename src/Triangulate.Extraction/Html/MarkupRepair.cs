namespace Triangulate.Extraction.Html;

/// <summary>
/// Fixes markup damage that makes a standards-conforming parser swallow the whole page. Only one is
/// known to matter on real pages: a &lt;title&gt; without its end tag, which HTML5 reads as raw text to
/// the end of the file (8 of the 311 L3S-GN1 dev pages then yield no text at all).
/// </summary>
internal static class MarkupRepair
{
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
}
