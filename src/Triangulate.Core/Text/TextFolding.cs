using System.Globalization;
using System.Text;

namespace Triangulate.Core.Text;

/// <summary>
/// The one diacritic-folding routine: every comparison that must ignore accents ("Nicolás"/"Nicolas",
/// "Núñez"/"Nunez", "Łódź"/"Lodz": outlets and feeds strip accents inconsistently) folds through here, so
/// lineage hashes, clustering terms, name keys and quote words agree on what counts as the same letter.
/// </summary>
/// <remarks>
/// One table of base letters for U+00C0..U+024F (Latin-1 Supplement, Latin Extended-A and -B), generated from
/// the Unicode decompositions. A table, not <c>string.Normalize(FormD)</c>: folding one character allocates
/// nothing (lineage and clustering fold every character of every article), and keys stored in a database do
/// not move when the ICU version does.
/// </remarks>
public static class TextFolding
{
    // Base letters of U+00C0..U+024F, '\0' where there is none (or, for Æ, ß, Œ, Þ, Ĳ, more than one: see Expansions).
    private const string BaseLetters = "AAAAAA\0CEEEEIIIIDNOOOOO\0OUUUUY\0\0aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0yAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi\0\0JjKkkLlLlLlLlLlNnNnNnnNnOoOoOo\0\0RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0Oo\0\0\0\0\0\0\0\0\0\0\0\0\0Uu\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0AaIiOoUuUuUuUuUu\0AaAa\0\0\0\0GgKkOoOo\0\0j\0\0\0Gg\0\0NnAa\0\0\0\0AaAaEeEeIiIiOoOoRrRrUuUuSsTt\0\0Hh\0\0\0\0\0\0AaEeOoOoOoOoYy\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";
    private const char First = '\u00C0';
    private const char Last = '\u024F';

    // Letters whose base is two letters: the string form spells them out; the one-character form keeps the first
    // (þ has no one-letter form and stays itself).
    private static readonly Dictionary<char, string> Expansions = new()
    {
        ['Æ'] = "AE",
        ['æ'] = "ae",
        ['ß'] = "ss",
        ['Œ'] = "OE",
        ['œ'] = "oe",
        ['Þ'] = "Th",
        ['þ'] = "th",
        ['Ĳ'] = "IJ",
        ['ĳ'] = "ij",
    };

    // Fold(c) for First..Last, built once from BaseLetters and Expansions.
    private static readonly char[] Folded = BuildFolded();

    /// <summary>One character lowercased and without its accent ("É" → 'e', "ł" → 'l', "ß" → 's'): the
    /// allocation-free form for hashing and term buffers, one character in, one out.</summary>
    public static char Fold(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        }

        return c is >= First and <= Last ? Folded[c - First] : char.ToLowerInvariant(c);
    }

    /// <summary><see cref="Fold(char)"/> over a whole string (same length).</summary>
    public static string Fold(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return string.Create(s.Length, s, static (chars, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                chars[i] = Fold(text[i]);
            }
        });
    }

    /// <summary>Latin letters without their diacritics, case kept ("Nicolás" → "Nicolas", "Łódź" → "Lodz",
    /// "Straße" → "Strasse"); combining marks dropped.</summary>
    public static string StripDiacritics(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c < First)
            {
                sb.Append(c);
            }
            else if (Expansions.TryGetValue(c, out var letters))
            {
                sb.Append(letters);
            }
            else if (c <= Last && BaseLetters[c - First] != '\0')
            {
                sb.Append(BaseLetters[c - First]);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Whether <paramref name="s"/> has a letter that <see cref="StripDiacritics"/> changes.</summary>
    public static bool HasDiacritics(string s) => StripDiacritics(s) != s;

    /// <summary>True for characters that are part of a word token.</summary>
    public static bool IsWordChar(char c) =>
        c < 128 ? (c is >= 'a' and <= 'z') || (c is >= 'A' and <= 'Z') || (c is >= '0' and <= '9') : char.IsLetterOrDigit(c);

    private static char[] BuildFolded()
    {
        var folded = new char[Last - First + 1];
        for (var i = 0; i < folded.Length; i++)
        {
            var c = (char)(First + i);
            var letter = Expansions.TryGetValue(c, out var letters) && c is not ('Þ' or 'þ') ? letters[0] : BaseLetters[i];
            folded[i] = char.ToLowerInvariant(letter == '\0' ? c : letter);
        }

        return folded;
    }
}
