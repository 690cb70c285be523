using System.Net;
using System.Text;

namespace Triangulate.Extraction.Html;

/// <summary>
/// Reads the visible text of markup without building a tree: the last resort for pages too deep or too
/// odd to parse safely. Linear in the input, no recursion. Block-level tags become paragraph breaks.
/// </summary>
internal static class FlatText
{
    private static readonly string[] SkippedElements = ["script", "style", "noscript", "template", "svg", "head"];

    public static string Strip(string html, CancellationToken cancellationToken)
    {
        var output = new StringBuilder();
        var paragraph = new StringBuilder();
        var i = 0;
        while (i < html.Length)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var lt = html.IndexOf('<', i);
            var textEnd = lt < 0 ? html.Length : lt;
            if (textEnd > i)
            {
                paragraph.Append(html, i, textEnd - i);
            }

            if (lt < 0)
            {
                break;
            }

            var gt = html.IndexOf('>', lt);
            if (gt < 0)
            {
                break;
            }

            var name = TagName(html, lt);
            i = gt + 1;
            if (name.Length == 0)
            {
                continue;
            }

            if (!html.AsSpan(lt).StartsWith("</") && Array.IndexOf(SkippedElements, name) >= 0)
            {
                var close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
                continue;
            }

            if (TextBlocks.IsBlockTag(name))
            {
                Flush(paragraph, output);
            }
        }

        Flush(paragraph, output);
        return output.ToString();
    }

    private static string TagName(string html, int lt)
    {
        var start = lt + 1;
        if (start < html.Length && html[start] == '/')
        {
            start++;
        }

        var end = start;
        while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
        {
            end++;
        }

        return end == start ? string.Empty : html[start..end].ToLowerInvariant();
    }

    private static void Flush(StringBuilder paragraph, StringBuilder output)
    {
        if (paragraph.Length == 0)
        {
            return;
        }

        var text = TextBlocks.CollapseWhitespace(WebUtility.HtmlDecode(paragraph.ToString()));
        paragraph.Clear();
        if (text.Length == 0)
        {
            return;
        }

        if (output.Length > 0)
        {
            output.Append("\n\n");
        }

        output.Append(text);
    }
}
