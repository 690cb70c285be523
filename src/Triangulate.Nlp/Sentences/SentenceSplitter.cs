using Triangulate.Core.Model;
using Triangulate.Core.Text;

namespace Triangulate.Nlp.Sentences;

/// <summary>
/// Splits tokenized text into sentences. A sentence ends at ".", "!", "?" or an ellipsis followed by a
/// word that can start a sentence, and takes any closing quotes or brackets glued to the terminator;
/// abbreviations end a sentence only before a typical sentence opener ("the U.S. He ..."), never when
/// they are titles or initials ("Mr.", "St.", "J."); a paragraph break (blank line) always splits.
/// Spans exclude surrounding white space. Linear time.
/// </summary>
public sealed class SentenceSplitter
{
    private static readonly HashSet<string> Openers = new(
    [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "In", "On", "At", "But", "And", "Or", "So", "Yet", "If", "When", "While", "After", "Before", "As", "Its",
        "His", "Her", "Their", "Our", "My", "What", "Who", "Why", "How", "Where", "Some", "Many", "Most", "All",
        "Meanwhile", "However", "Still", "Also", "Now", "Then", "Last", "Earlier", "Later", "According", "For",
        "With", "By", "From", "Since", "Although", "Though", "Both", "Neither", "No", "Not", "One", "Two",
    ], StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenerLookup = Openers.GetAlternateLookup<ReadOnlySpan<char>>();

    public static SentenceSplitter Default { get; } = new();

    /// <summary>Sentences of <paramref name="text"/> given its <paramref name="tokens"/> (sorted, as the tokenizer makes them).</summary>
    public IReadOnlyList<TextSpan> Split(string text, IReadOnlyList<TextSpan> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var result = new List<TextSpan>((tokens.Count / 20) + 1);
        var first = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            var last = k;
            var end = k == tokens.Count - 1;
            if (!end && IsTerminator(text, tokens, k))
            {
                while (last + 1 < tokens.Count && tokens[last + 1].Start == tokens[last].End && IsCloser(text[tokens[last + 1].Start]))
                {
                    last++;
                }

                end = last == tokens.Count - 1 || StartsSentence(text, tokens, k, tokens[last + 1]);
            }

            if (!end && HasParagraphBreak(text, tokens[k].End, tokens[k + 1].Start))
            {
                end = true;
            }

            if (end)
            {
                result.Add(TextSpan.FromBounds(tokens[first].Start, tokens[last].End));
                first = last + 1;
                k = last;
            }
        }

        return result;
    }

    private static bool IsTerminator(string text, IReadOnlyList<TextSpan> tokens, int k)
    {
        var t = tokens[k];
        var last = text[t.End - 1];
        return last is '.' or '!' or '?' or '\u2026' or '\u3002';
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '}' or '\u00BB';

    /// <summary>Whether the token <paramref name="next"/> after terminator token <paramref name="k"/> opens a new sentence.</summary>
    private static bool StartsSentence(string text, IReadOnlyList<TextSpan> tokens, int k, TextSpan next)
    {
        var t = tokens[k];
        var word = text.AsSpan(t.Start, t.Length);
        var n = text[next.Start];
        var nextIsUpperish = char.IsUpper(n) || n is '"' or '\u201C' or '(' or '[' or '\'' or '\u2018' || char.IsDigit(n);
        if (word.Length == 1 || word[0] is '.' or '!' or '?' || word[^1] is not '.')
        {
            // A bare terminator: split unless a lower-case word follows ("approx. five", '"Stop!" he said').
            return nextIsUpperish || !char.IsLetter(n);
        }

        // A word with a period: an abbreviation, initial or acronym.
        var bare = word[..^1];
        if (bare.Length == 1 || Abbreviations.IsTitle(bare) || !char.IsUpper(n))
        {
            return false;
        }

        if (!bare.Contains('.') && !Abbreviations.IsAbbreviation(bare))
        {
            return true;
        }

        return OpenerLookup.Contains(text.AsSpan(next.Start, next.Length));
    }

    private static bool HasParagraphBreak(string text, int from, int to)
    {
        var newlines = 0;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (++newlines == 2)
                {
                    return true;
                }
            }
            else if (c == '\u2029')
            {
                return true;
            }
        }

        return false;
    }
}
