using System.Text.RegularExpressions;

namespace Triangulate.Extraction.Html;

/// <summary>
/// Finds where reader comments start in the extracted paragraphs. Old and small sites print comments
/// in the same container as the story, with no class to tell them apart, but they announce them:
/// "12 comments", "Add your comment", "Posted by … on …", "Report this comment".
/// </summary>
internal static partial class CommentTail
{
    [GeneratedRegex(@"^(?:(?:\d+\s+)?(?:reader'?s?\s+|user\s+)?comments?(?:\s*\(\d+\))?\s*:?|(?:add|post|leave|write|submit|view|show|read|see|hide)\s+(?:a\s+|your\s+|all\s+)?(?:\d+\s+)?(?:comments?|reactions?)\b.*|comments?\s+(?:are\s+)?(?:now\s+)?closed\b.*|have\s+your\s+say\b.*|\d+\s+(?:responses?|replies|comments?|reactions?)\b.*|(?:what\s+do\s+you\s+think|join\s+the\s+(?:discussion|conversation)|discuss\s+this\s+(?:article|story))\b.*|posted\s+by\s.{1,80}|report\s+(?:this\s+comment|abuse)|you\s+must\s+be\s+(?:logged|signed)\s+in\b.*|(?:sign|log)\s+in\s+to\s+(?:comment|post)\b.*|most\s+recent\s+reader\s+comments\b.*)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex MarkerRegex();

    /// <summary>Index of the first paragraph of the comments, or -1. Never cuts before a third of the text.</summary>
    public static int Start(List<string> paragraphs)
    {
        var total = 0;
        foreach (var p in paragraphs)
        {
            total += p.Length;
        }

        var before = 0;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            if (i > 0 && p.Length <= 120 && before * 3 >= total && MarkerRegex().IsMatch(p))
            {
                return i;
            }

            before += p.Length;
        }

        return -1;
    }
}
