using System.Globalization;
using Triangulate.Core.Model;

namespace Triangulate.Core.Text;

/// <summary>
/// A rule-based, single-pass tokenizer producing spans (UTF-16 offsets) of words, numbers and symbols.
/// Conventions follow CoNLL-2003 / Penn Treebank so the NER model sees the tokens it was trained on:
/// hyphenated words stay whole ("EU-wide", "1996-08-22"), clitics split ("Maduro" "'s", "did" "n't"),
/// currency signs and percent signs are their own tokens, abbreviations and initials keep their period
/// ("U.S.", "Mr.", "J."), decimals and thousands stay whole ("3.5", "1,000"), URLs are one token.
/// Linear time in the text length; never allocates per token beyond the output list.
/// </summary>
public sealed partial class Tokenizer
{
    public static Tokenizer Default { get; } = new();

    /// <summary>Tokens of <paramref name="text"/>, in order, non-overlapping, never covering white space.</summary>
    public IReadOnlyList<TextSpan> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var list = new List<TextSpan>((text.Length / 5) + 1);
        Tokenize(text.AsSpan(), list);
        return list;
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="output"/>.</summary>
    public void Tokenize(ReadOnlySpan<char> text, List<TextSpan> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsSkippable(c))
            {
                i++;
                continue;
            }

            int end;
            if (IsUrlStart(text, i))
            {
                end = ScanUrl(text, i);
            }
            else if (IsWordChar(c))
            {
                end = ScanWord(text, i);
                EmitWord(text, i, end, output);
                i = end;
                continue;
            }
            else
            {
                end = ScanSymbol(text, i);
            }

            output.Add(new TextSpan(i, end - i));
            i = end;
        }
    }

    internal static bool IsSkippable(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u00AD';

    internal static bool IsWordChar(char c)
    {
        if (c < 128)
        {
            return char.IsAsciiLetterOrDigit(c);
        }

        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static int ScanWord(ReadOnlySpan<char> text, int start)
    {
        var i = start + 1;
        var segmentStart = start; // start of the current dot- or hyphen-separated piece, for "U.S" chains
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                i++;
                continue;
            }

            if (i + 1 >= text.Length || !IsWordChar(text[i + 1]) || !JoinsWord(text, c, i, segmentStart))
            {
                break;
            }

            i++;
            if (c is '.' or '-')
            {
                segmentStart = i;
            }
        }

        if (i < text.Length && text[i] == '.' && KeepsPeriod(text[start..i], i - segmentStart))
        {
            i++;
        }

        return i;
    }

    /// <summary>Whether the connector <paramref name="c"/> at <paramref name="i"/>, between two word characters, stays inside the word.</summary>
    private static bool JoinsWord(ReadOnlySpan<char> text, char c, int i, int segmentStart)
    {
        var prev = text[i - 1];
        var next = text[i + 1];
        if (IsHyphen(c) || IsApostrophe(c) || c == '_')
        {
            return true;
        }

        return c switch
        {
            '.' => (char.IsDigit(prev) && char.IsDigit(next)) || (i - segmentStart == 1 && char.IsLetter(prev) && char.IsLetter(next) && IsChainPiece(text, i + 1)),
            ',' => char.IsDigit(prev) && IsThousandsGroup(text, i + 1),
            ':' or '/' => char.IsDigit(prev) && char.IsDigit(next),
            '&' => char.IsUpper(prev) && char.IsUpper(next),
            '@' => true,
            _ => false,
        };
    }

    /// <summary>"U.S": the piece after a dot is one letter followed by a dot (or the end), not a new word like "S.The".</summary>
    private static bool IsChainPiece(ReadOnlySpan<char> text, int pos) =>
        pos + 1 >= text.Length || !IsWordChar(text[pos + 1]);

    private static bool IsThousandsGroup(ReadOnlySpan<char> text, int pos)
    {
        if (pos + 3 > text.Length)
        {
            return false;
        }

        for (var k = pos; k < pos + 3; k++)
        {
            if (!char.IsAsciiDigit(text[k]))
            {
                return false;
            }
        }

        return pos + 3 == text.Length || !char.IsAsciiDigit(text[pos + 3]);
    }

    private static bool KeepsPeriod(ReadOnlySpan<char> word, int lastPieceLength)
    {
        if (word.Length == 1)
        {
            return char.IsLetter(word[0]);
        }

        if (word.Contains('.') && lastPieceLength == 1)
        {
            return true; // U.S. / e.g. / p.m.
        }

        return Abbreviations.IsAbbreviation(word);
    }

    /// <summary>Adds a word, splitting English clitics ("'s", "n't", "'re", "'ve", "'ll", "'d", "'m").</summary>
    private static void EmitWord(ReadOnlySpan<char> text, int start, int end, List<TextSpan> output)
    {
        var len = end - start;
        var clitic = 0;
        if (len > 3 && IsApostrophe(text[end - 3]) && IsCliticTail(text[end - 2], text[end - 1]))
        {
            clitic = 3; // 're 've 'll
        }
        else if (len > 3 && (text[end - 3] | 0x20) == 'n' && IsApostrophe(text[end - 2]) && (text[end - 1] | 0x20) == 't')
        {
            clitic = 3; // "didn't" -> "did" "n't", as in the Treebank
        }
        else if (len > 2 && IsApostrophe(text[end - 2]) && IsCliticLetter(text[end - 1]))
        {
            clitic = 2; // 's 'd 'm
        }

        if (clitic > 0)
        {
            output.Add(new TextSpan(start, len - clitic));
            output.Add(new TextSpan(end - clitic, clitic));
            return;
        }

        output.Add(new TextSpan(start, len));
    }

    private static bool IsCliticLetter(char c) => c is 's' or 'S' or 'd' or 'D' or 'm' or 'M';

    private static bool IsCliticTail(char a, char b) =>
        ((a | 0x20) == 'r' && (b | 0x20) == 'e') || ((a | 0x20) == 'v' && (b | 0x20) == 'e') ||
        ((a | 0x20) == 'l' && (b | 0x20) == 'l');

    private static bool IsUrlStart(ReadOnlySpan<char> text, int i)
    {
        var c = text[i] | 0x20;
        if (c != 'h' && c != 'w')
        {
            return false;
        }

        if (i > 0 && IsWordChar(text[i - 1]))
        {
            return false;
        }

        var rest = text[i..];
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
               rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
               (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && IsWordChar(rest[4]));
    }

    private static int ScanUrl(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('<' or '>' or '"' or '\u201C' or '\u201D'))
        {
            i++;
        }

        // Trailing sentence punctuation and closing brackets belong to the prose, not the URL.
        while (i > start + 1 && text[i - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '\'' or '\u2019')
        {
            i--;
        }

        return i;
    }

    private static int ScanSymbol(ReadOnlySpan<char> text, int start)
    {
        var c = text[start];
        if (char.IsHighSurrogate(c) && start + 1 < text.Length && char.IsLowSurrogate(text[start + 1]))
        {
            return start + 2;
        }

        if (c is '.' or '-' or '=' or '*' or '_' or '~' or '#' or '!' or '?' or '`')
        {
            var i = start + 1;
            while (i < text.Length && text[i] == c)
            {
                i++;
            }

            return i;
        }

        if (IsApostrophe(c) && start + 1 < text.Length && text[start + 1] == c)
        {
            return start + 2; // '' as a closing quote
        }

        return start + 1;
    }
}
