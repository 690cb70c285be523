namespace Triangulate.Nlp.Dates;

/// <summary>What a <see cref="ScanToken"/> is made of.</summary>
internal enum ScanKind : byte
{
    Word,
    Number,
    Punct,
}

/// <summary>
/// A light token over raw text. Numbers keep their grouping ("15,000", "1.5", "10:35") and any letter
/// suffix ("6th", "1990s", "5pm") so the taggers can read them without re-scanning.
/// </summary>
internal readonly record struct ScanToken(int Start, int End, ScanKind Kind, int DigitsEnd, bool NewlineBefore)
{
    public int Length => End - Start;
}

/// <summary>
/// Splits raw text into words, numbers and single punctuation marks. This is deliberately not the
/// project tokenizer: the date and quantity taggers run on raw text before (or without) it, and only need
/// word boundaries that keep numbers whole.
/// </summary>
internal static class WordScanner
{
    public static List<ScanToken> Scan(string text)
    {
        var tokens = new List<ScanToken>(text.Length / 5 + 4);
        var i = 0;
        var newline = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                newline |= c == '\n';
                i++;
                continue;
            }

            var start = i;
            if (char.IsDigit(c))
            {
                i = ScanNumber(text, i, out var digitsEnd);
                tokens.Add(new ScanToken(start, i, ScanKind.Number, digitsEnd, newline));
            }
            else if (char.IsLetter(c))
            {
                i++;
                while (i < text.Length && (char.IsLetter(text[i]) || (text[i] == '\'' || text[i] == '’') && i + 1 < text.Length && char.IsLetter(text[i + 1]) && !IsPossessiveS(text, i)))
                {
                    i++;
                }

                tokens.Add(new ScanToken(start, i, ScanKind.Word, start, newline));
            }
            else
            {
                i++;
                tokens.Add(new ScanToken(start, i, ScanKind.Punct, start, newline));
            }

            newline = false;
        }

        return tokens;
    }

    // "year's" splits into "year" + "'s" so the lexicon sees "year"; "don't" stays whole.
    private static bool IsPossessiveS(string text, int apostrophe) =>
        (text[apostrophe + 1] == 's' || text[apostrophe + 1] == 'S') && (apostrophe + 2 >= text.Length || !char.IsLetter(text[apostrophe + 2]));

    private static int ScanNumber(string text, int i, out int digitsEnd)
    {
        i++;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsDigit(c))
            {
                i++;
            }
            else if ((c == ',' || c == '.' || c == ':') && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        digitsEnd = i;
        while (i < text.Length && char.IsLetter(text[i]) && i - digitsEnd < 4)
        {
            i++;
        }

        // A long letter run after digits ("5million") is not a suffix: keep only the digits.
        if (i < text.Length && char.IsLetter(text[i]))
        {
            i = digitsEnd;
        }

        return i;
    }
}
