namespace Triangulate.Nlp.Quotes;

/// <summary>
/// One linear pass over the text into words, punctuation, quotation marks and paragraph breaks. An
/// apostrophe between letters stays inside its word (don’t, Maduro’s), so it can never pair as a quote.
/// </summary>
internal static class QuoteTokenizer
{
    public static List<Tok> Tokenize(ReadOnlySpan<char> text)
    {
        var toks = new List<Tok>(Math.Max(16, text.Length / 5));
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\n' || c == '\r' || c == '\u2029')
            {
                int start = i;
                int breaks = 0;
                while (i < text.Length && (text[i] == '\n' || text[i] == '\r' || text[i] == '\u2029' || IsSpace(text[i])))
                {
                    breaks += text[i] == '\n' || text[i] == '\u2029' ? 1 : 0;
                    i++;
                }

                if (!IsSoftWrap(text, start, i, breaks))
                {
                    toks.Add(new Tok(start, start + 1, TokKind.Paragraph, false));
                }

                continue;
            }

            if (IsSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                int start = i;
                i = WordEnd(text, i);
                toks.Add(new Tok(start, i, TokKind.Word, char.IsUpper(c)));
                continue;
            }

            if (char.IsSurrogate(c))
            {
                // Emoji and other astral characters: keep the pair together so spans never split one.
                int len = i + 1 < text.Length && char.IsSurrogatePair(c, text[i + 1]) ? 2 : 1;
                toks.Add(new Tok(i, i + len, TokKind.Punct, false));
                i += len;
                continue;
            }

            if ((c == '\'' || c == '`') && i + 1 < text.Length && text[i + 1] == c)
            {
                // '' and `` stand for double quotation marks in some newsrooms' copy (NYT, LaTeX-style wire text).
                toks.Add(new Tok(i, i + 2, TokKind.DoubleQuote, false));
                i += 2;
                continue;
            }

            toks.Add(new Tok(i, i + 1, QuoteKindOf(c), false));
            i++;
        }

        return toks;
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

    public static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2009' || c == '\u202F' || c == '\f' || c == '\v' || (c > 127 && char.IsWhiteSpace(c) && c != '\u2029');

    private static int WordEnd(ReadOnlySpan<char> text, int i)
    {
        i++;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c) || c == '\u00AD' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
                continue;
            }

            bool nextIsAlnum = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
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
