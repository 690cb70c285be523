using System.Text;

namespace Triangulate.Extraction.Html;

/// <summary>Shared text helpers: which tags make blocks, and how text is measured and collapsed.</summary>
internal static class TextBlocks
{
    /// <summary>
    /// A run of text shorter than this many non-space chars is not a paragraph (a label, a date, a link).
    /// 25: the usual floor of Readability-style scorers; about one short sentence.
    /// </summary>
    public const int MinParagraphChars = 25;

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "address", "article", "blockquote", "body", "br", "center", "dd", "details", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li",
        "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
        "tr", "ul", "aside", "caption", "hgroup", "legend", "dir", "menu", "noscript", "option", "frameset",
    };

    public static bool IsBlockTag(string tag) => BlockTags.Contains(tag);

    public static bool IsParagraphTag(string tag) => tag is "p" or "pre" or "blockquote";

    public static bool IsHeadingTag(string tag) => tag.Length == 2 && tag[0] == 'h' && tag[1] is >= '1' and <= '6';

    /// <summary>Non-whitespace chars and commas (Latin and CJK) in a text run.</summary>
    public static (int Chars, int Commas) Measure(ReadOnlySpan<char> text)
    {
        var chars = 0;
        var commas = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            chars++;
            if (c is ',' or '，' or '、' or '،')
            {
                commas++;
            }
        }

        return (chars, commas);
    }

    /// <summary>Appends text with every whitespace run turned into one space.</summary>
    public static void AppendCollapsed(StringBuilder sb, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                {
                    sb.Append(' ');
                }
            }
            else
            {
                sb.Append(c);
            }
        }
    }

    public static string CollapseWhitespace(string text)
    {
        var sb = new StringBuilder(text.Length);
        AppendCollapsed(sb, text);
        return sb.ToString().Trim();
    }
}
