using Triangulate.Core.Model;
using Triangulate.Core.Text;

namespace Triangulate.Nlp.Quotes;

/// <summary>
/// The quote detector's view of the article's tokens (the tokens layer, made by the one tokenizer,
/// <see cref="Tokenizer"/>): words, punctuation, quotation marks and paragraph breaks. It differs from the
/// layer where quotation pairing needs it to. Touching tokens form one run of text, which the quote rules regroup:
/// an apostrophe between letters stays inside its word ("don’t", "Maduro’s": the layer's clitics are joined back),
/// so it can never pair as a quote; a dot between letters joins ("Bagle.AT", "BK.N"), as the quote rules always
/// have; a word's final period and a run of marks ("...") are single punctuation marks, so sentence ends and
/// quotation marks can be told apart. The white space between runs becomes paragraph breaks, except a soft wrap
/// inside a sentence. Characters the tokenizer skips (zero-width, control) are not marks here either.
/// </summary>
internal static class QuoteTokens
{
    /// <summary>The view of the first <paramref name="length"/> characters of <paramref name="text"/>, given its tokens (in order).</summary>
    public static List<Tok> From(string text, int length, IReadOnlyList<TextSpan> tokens)
    {
        var span = text.AsSpan(0, length);
        var toks = new List<Tok>(Math.Max(16, tokens.Count + (tokens.Count / 8)));
        var gapStart = 0;
        var runStart = -1;
        var runEnd = 0;
        foreach (var token in tokens)
        {
            if (token.Start >= length)
            {
                break;
            }

            // Tokens that touch (or are parted only by a soft hyphen) make one run of text: "did" "n't" is "didn't",
            // "Bagle" "." "AT" is "Bagle.AT"; the quote rules regroup each run.
            if (runStart >= 0 && !OnlySoftHyphens(span, runEnd, token.Start))
            {
                AddBreaks(span, gapStart, runStart, toks);
                AddPieces(span, runStart, runEnd, toks);
                gapStart = runEnd;
                runStart = -1;
            }

            runStart = runStart < 0 ? token.Start : runStart;
            runEnd = Math.Min(token.End, length);
        }

        if (runStart >= 0)
        {
            AddBreaks(span, gapStart, runStart, toks);
            AddPieces(span, runStart, runEnd, toks);
            gapStart = runEnd;
        }

        AddBreaks(span, gapStart, span.Length, toks);
        return toks;
    }

    private static bool OnlySoftHyphens(ReadOnlySpan<char> text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] != '\u00AD')
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2009' || c == '\u202F' || c == '\f' || c == '\v' || (c > 127 && char.IsWhiteSpace(c) && c != '\u2029');

    private static bool IsBreak(char c) => c == '\n' || c == '\r' || c == '\u2029';

    /// <summary>Paragraph breaks in the white space between two tokens: a run of line breaks is one, unless it is a
    /// soft wrap inside a sentence.</summary>
    private static void AddBreaks(ReadOnlySpan<char> text, int from, int to, List<Tok> toks)
    {
        var i = from;
        while (i < to)
        {
            if (!IsBreak(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var breaks = 0;
            while (i < text.Length && (IsBreak(text[i]) || IsSpace(text[i])))
            {
                breaks += text[i] == '\n' || text[i] == '\u2029' ? 1 : 0;
                i++;
            }

            if (!IsSoftWrap(text, start, i, breaks))
            {
                toks.Add(new Tok(start, start + 1, TokKind.Paragraph, false));
            }
        }
    }

    /// <summary>
    /// A single line break inside a sentence of hard-wrapped wire copy ("said the\nministry"): no blank
    /// line, no indentation after it, and the line ends mid-phrase (a word or comma before, a lowercase
    /// word after). Every other line break starts a new paragraph.
    /// </summary>
    private static bool IsSoftWrap(ReadOnlySpan<char> text, int start, int end, int breaks)
    {
        if (breaks != 1 || start == 0 || end >= text.Length || !char.IsLetterOrDigit(text[end]) || (end > 0 && IsSpace(text[end - 1])))
        {
            return false;
        }

        char prev = text[start - 1];
        return prev is ',' or ';' || (char.IsLetterOrDigit(prev) && (char.IsLower(text[end]) || char.IsDigit(text[end])));
    }

    /// <summary>Splits one run of text (no white space in it) into words and single marks.</summary>
    private static void AddPieces(ReadOnlySpan<char> text, int from, int to, List<Tok> toks)
    {
        var i = from;
        while (i < to)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                i = WordEnd(text, i, to);
                toks.Add(new Tok(start, i, TokKind.Word, char.IsUpper(c)));
                continue;
            }

            if (char.IsSurrogate(c))
            {
                // Emoji and other astral characters: keep the pair together so spans never split one.
                var len = i + 1 < to && char.IsSurrogatePair(c, text[i + 1]) ? 2 : 1;
                toks.Add(new Tok(i, i + len, TokKind.Punct, false));
                i += len;
                continue;
            }

            if ((c == '\'' || c == '`') && i + 1 < to && text[i + 1] == c)
            {
                // '' and `` stand for double quotation marks in some newsrooms' copy (NYT, LaTeX-style wire text).
                toks.Add(new Tok(i, i + 2, TokKind.DoubleQuote, false));
                i += 2;
                continue;
            }

            toks.Add(new Tok(i, i + 1, QuoteKindOf(c), false));
            i++;
        }
    }

    private static int WordEnd(ReadOnlySpan<char> text, int i, int to)
    {
        i++;
        while (i < to)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c) || c == '\u00AD' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
                continue;
            }

            bool nextIsAlnum = i + 1 < to && char.IsLetterOrDigit(text[i + 1]);
            if (!nextIsAlnum)
            {
                break;
            }

            bool joins = c switch
            {
                '\'' or '\u2019' or '-' or '\u2010' or '\u2011' or '&' or '.' or '_' => true,
                ',' => char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]),
                _ => false,
            };
            if (!joins)
            {
                break;
            }

            i++;
        }

        return i;
    }

    private static TokKind QuoteKindOf(char c) => c switch
    {
        '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033' => TokKind.DoubleQuote,
        '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2039' or '\u203A' => TokKind.SingleQuote,
        _ => TokKind.Punct,
    };
}
