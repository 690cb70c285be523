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

    /// <summary>
    /// When the DOM text holds the publisher's whole articleBody, its paragraphs that share (almost)
    /// nothing with that body are furniture the container interleaves with the story: captions, promos,
    /// bios, "read more" teasers. Paragraphs under four words are left to the line filters.
    /// </summary>
    public static string TrimTo(string? body, string domText)
    {
        if (body is null || body.Length < MinChars)
        {
            return domText;
        }

        // A body with markup still says which words are the story's.
        var decoded = body.Contains("</", StringComparison.Ordinal) ? FlatText.Strip(body, CancellationToken.None) : System.Net.WebUtility.HtmlDecode(body);
        if (decoded.TrimEnd().EndsWith("...", StringComparison.Ordinal) || decoded.TrimEnd().EndsWith('…')
            || TextOverlap.Coverage(decoded, domText) < MinHeldShare)
        {
            return domText;
        }

        var grams = TextOverlap.GramSet(decoded);
        var kept = new List<string>();
        foreach (var p in domText.Split("\n\n"))
        {
            if (TextOverlap.Coverage(p, grams) is < 0 or >= MaxForeignShare)
            {
                kept.Add(p);
            }
        }

        return string.Join("\n\n", kept);
    }

    /// <summary>Share of the articleBody's 4-grams the DOM text must hold before it is trimmed to it.</summary>
    private const double MinHeldShare = 0.9;

    /// <summary>A DOM paragraph with under this share of its 4-grams in the articleBody is not the story's.</summary>
    private const double MaxForeignShare = 0.2;

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
