using System.Text;

namespace Triangulate.Extraction.Html;

/// <summary>
/// Decides whether a JSON-LD articleBody should replace the DOM text. It is used only when it looks
/// complete (long, not cut with an ellipsis, no markup) and the DOM scoring found clearly less: publishers
/// often put a teaser or a truncated body there, and their paragraph breaks are often lost.
/// </summary>
internal static class JsonLdBody
{
    private const int MinChars = 300;

    /// <summary>Share of the JSON-LD body's word 4-grams the DOM text must hold to be trusted over it: 0.5.</summary>
    private const double MinCoverage = 0.5;

    public static string? Plausible(string? body, string domText)
    {
        if (body is null || body.Length < MinChars)
        {
            return null;
        }

        if (body.Contains("</", StringComparison.Ordinal))
        {
            return null;
        }

        // Some publishers HTML-escape the JSON string ("&apos;", "&hellip;").
        var trimmed = System.Net.WebUtility.HtmlDecode(body).TrimEnd();
        if (trimmed.EndsWith("...", StringComparison.Ordinal) || trimmed.EndsWith('…'))
        {
            return null;
        }

        // The DOM text is kept when it is not much shorter and says the same thing; a DOM choice that
        // shares little with the publisher's own body picked the wrong block.
        if (domText.Length * 2 >= trimmed.Length && TextOverlap.Coverage(trimmed, domText) >= MinCoverage)
        {
            return null;
        }

        return Paragraphs(trimmed);
    }

    private static string Paragraphs(string body)
    {
        var sb = new StringBuilder(body.Length);
        foreach (var line in body.Split('\n'))
        {
            var p = TextBlocks.CollapseWhitespace(line);
            if (p.Length == 0)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append("\n\n");
            }

            sb.Append(p);
        }

        return sb.ToString();
    }
}
