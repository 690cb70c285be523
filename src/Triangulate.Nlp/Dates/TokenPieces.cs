using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Core.Text;
using Triangulate.Nlp.Sentences;

namespace Triangulate.Nlp.Dates;

/// <summary>
/// Cuts the tokens of the one tokenizer (<see cref="Tokenizer"/>, the article's tokens layer) into the
/// pieces the date and quantity grammars key on: letter runs, numbers with their grouping and suffix, and single
/// punctuation marks. A token never splits across pieces of two tokens, so word boundaries are the tokenizer's;
/// the grammars only need finer pieces inside a token ("mid-1990s" → "mid" "-" "1990s", "U.S." → "U" "." "S" ".").
/// </summary>
internal static class TokenPieces
{
    /// <summary>The pieces and sentence ends of raw <paramref name="text"/> (no layers), from the one tokenizer and
    /// sentence splitter, up to <paramref name="maxEnd"/>.</summary>
    public static PiecedText Of(string text, int maxEnd)
    {
        var tokens = new List<TextSpan>((Math.Min(text.Length, maxEnd) / 5) + 1);
        Tokenizer.Default.Tokenize(text.AsSpan(0, Math.Min(text.Length, maxEnd)), tokens);
        return Of(text, tokens, SentenceSplitter.Default.Split(text, tokens), maxEnd);
    }

    /// <summary>The pieces of an article's tokens layer and their sentence ends from its sentences layer; an article
    /// without those layers (read back from a store) is tokenized and split here, by the same tokenizer and splitter.</summary>
    public static PiecedText Of(Article article, int maxEnd)
    {
        var layers = article.Annotations;
        if (!layers.Has(Layers.Tokens) || !layers.Has(Layers.Sentences))
        {
            return Of(article.Text, maxEnd);
        }

        return Of(article.Text, AnnotationSpans.Of(layers.Get(Layers.Tokens)), AnnotationSpans.Of(layers.Get(Layers.Sentences)), maxEnd);
    }

    /// <summary>The pieces of <paramref name="tokens"/> and their sentence ends from <paramref name="sentences"/>.</summary>
    public static PiecedText Of(string text, IReadOnlyList<TextSpan> tokens, IReadOnlyList<TextSpan> sentences, int maxEnd)
    {
        var pieces = Cut(text, tokens, maxEnd);
        return new PiecedText(text, pieces, SentenceEnds.Mark(pieces, sentences));
    }

    /// <summary>The pieces of <paramref name="tokens"/> (sorted, non-overlapping) that end by <paramref name="maxEnd"/>.</summary>
    public static List<ScanToken> Cut(string text, IReadOnlyList<TextSpan> tokens, int maxEnd)
    {
        var pieces = new List<ScanToken>(tokens.Count + (tokens.Count / 4) + 4);
        var previousEnd = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t.End > maxEnd)
            {
                break;
            }

            var newline = k == 0 || text.AsSpan(previousEnd, t.Start - previousEnd).Contains('\n');
            CutToken(text, t.Start, t.End, newline, pieces);
            previousEnd = t.End;
        }

        return pieces;
    }

    private static void CutToken(string text, int start, int end, bool newline, List<ScanToken> pieces)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            var pieceStart = i;
            if (char.IsDigit(c))
            {
                i = ScanNumber(text, i, end, out var digitsEnd);
                pieces.Add(new ScanToken(pieceStart, i, ScanKind.Number, digitsEnd, newline));
            }
            else if (char.IsLetter(c))
            {
                i = ScanLetters(text, i, end);
                pieces.Add(new ScanToken(pieceStart, i, ScanKind.Word, pieceStart, newline));
            }
            else
            {
                i++;
                pieces.Add(new ScanToken(pieceStart, i, ScanKind.Punct, pieceStart, newline));
            }

            newline = false;
        }
    }

    // An apostrophe between letters stays in the word ("o'clock"), except before a possessive "s": "year's"
    // splits so the lexicon sees "year".
    private static int ScanLetters(string text, int i, int end)
    {
        i++;
        while (i < end && (char.IsLetter(text[i]) || (text[i] is '\'' or '\u2019' && i + 1 < end && char.IsLetter(text[i + 1]) && !IsPossessiveS(text, i, end))))
        {
            i++;
        }

        return i;
    }

    private static bool IsPossessiveS(string text, int apostrophe, int end) =>
        text[apostrophe + 1] is 's' or 'S' && (apostrophe + 2 >= end || !char.IsLetter(text[apostrophe + 2]));

    private static int ScanNumber(string text, int i, int end, out int digitsEnd)
    {
        i++;
        while (i < end)
        {
            var c = text[i];
            if (char.IsDigit(c))
            {
                i++;
            }
            else if (c is ',' or '.' or ':' && i + 1 < end && char.IsDigit(text[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        digitsEnd = i;
        while (i < end && char.IsLetter(text[i]) && i - digitsEnd < 4)
        {
            i++;
        }

        // A long letter run after digits ("5million") is not a suffix: keep only the digits.
        if (i < end && char.IsLetter(text[i]))
        {
            i = digitsEnd;
        }

        return i;
    }
}
