using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Triangulate.Extraction.Cleaning.Scraped;

/// <summary>
/// Word tokens and 4-token shingles as the ScrapingHub article-extraction benchmark counts them
/// (../shared/data/extraction/SOURCE.md): maximal runs of letters, numbers of any kind and '_', read by rune.
/// </summary>
public static class WordShingles
{
    public const int Size = 4;

    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                current.Append(rune.ToString());
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }

    /// <summary>The shingle starting at <paramref name="start"/>, as one string (tokens joined by a space).</summary>
    public static string At(List<string> tokens, int start) => string.Join(' ', CollectionsMarshal.AsSpan(tokens).Slice(start, Size));

    private static bool IsWordRune(Rune rune)
    {
        if (rune.Value == '_')
        {
            return true;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }
}
