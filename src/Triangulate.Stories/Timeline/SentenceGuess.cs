using Triangulate.Core.Annotations;
using Triangulate.Core.Model;

namespace Triangulate.Stories.Timeline;

/// <summary>
/// Sentence spans for an article: its sentences layer when a splitter ran, else a light guess (a stop
/// followed by space and a capital or quote, or a line break). Good enough to frame an event, not more.
/// </summary>
internal static class SentenceGuess
{
    public static IReadOnlyList<TextSpan> For(Article article)
    {
        if (article.Annotations.Has(Layers.Sentences))
        {
            return article.Annotations.Get(Layers.Sentences).Select(s => s.Span).ToList();
        }

        var text = article.Text;
        var spans = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = -1;
            if (c == '\n')
            {
                end = i;
            }
            else if (c is '.' or '!' or '?' && i + 2 < text.Length && text[i + 1] == ' ' && (char.IsUpper(text[i + 2]) || text[i + 2] is '"' or '“' or '(') && !IsAbbreviation(text, i))
            {
                end = i + 1;
            }

            if (end >= 0)
            {
                Add(spans, text, start, end);
                start = end;
            }
        }

        Add(spans, text, start, text.Length);
        return spans;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var k = dot - 1;
        while (k >= 0 && char.IsLetter(text[k]))
        {
            k--;
        }

        var len = dot - k - 1;
        return len == 1 || (len <= 4 && len > 0 && char.IsUpper(text[k + 1]) && text.AsSpan(k + 1, len) is "Mr" or "Mrs" or "Ms" or "Dr" or "St" or "Gen" or "Sen" or "Jan" or "Feb" or "Aug" or "Sept" or "Sep" or "Oct" or "Nov" or "Dec" or "Jr" or "No");
    }

    private static void Add(List<TextSpan> spans, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add(TextSpan.FromBounds(start, end));
        }
    }
}
