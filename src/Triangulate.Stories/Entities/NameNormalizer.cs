using System.Globalization;
using System.Text;

namespace Triangulate.Stories.Entities;

/// <summary>
/// Comparison keys for names: diacritics removed, lower case, punctuation dropped ("Nicolás Maduro" and
/// "Nicolas Maduro" → "nicolas maduro"; "U.S." → "us"), plus the title words that precede names.
/// </summary>
internal static class NameNormalizer
{
    private static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen", "sen.", "senator", "gen", "gen.", "general",
        "rep", "rep.", "representative", "gov", "gov.", "governor", "secretary", "minister", "prime", "king", "queen", "prince",
        "princess", "pope", "judge", "justice", "sir", "dame", "lord", "chancellor", "mayor", "ambassador", "envoy", "commander",
        "col", "col.", "colonel", "lt", "lt.", "capt", "capt.", "captain", "adm", "adm.", "admiral", "sheikh", "ayatollah",
        "vice", "deputy", "leader", "chairman", "premier", "dictator", "prof", "prof.", "professor", "rev", "rev.", "former",
        "councillor", "councilor", "councilman", "councilwoman", "alderman", "inspector", "superintendent", "chief",
    };

    private static readonly HashSet<string> AcronymSkips = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "and", "for", "de", "la", "del", "des", "du", "on", "in", "&" };

    // Base letters of U+00C0..U+024F (Latin-1 Supplement, Latin Extended-A/B), '\0' where there is none. Generated
    // from Unicode decompositions: string.Normalize(FormD) cannot be used, the build runs with invariant globalization.
    private const string FoldTable = "AAAAAA\0CEEEEIIIIDNOOOOO\0OUUUUY\0\0aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0yAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi\0\0JjKkkLlLlLlLlLlNnNnNnnNnOoOoOo\0\0RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0Oo\0\0\0\0\0\0\0\0\0\0\0\0\0Uu\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0AaIiOoUuUuUuUuUu\0AaAa\0\0\0\0GgKkOoOo\0\0j\0\0\0Gg\0\0NnAa\0\0\0\0AaAaEeEeIiIiOoOoRrRrUuUuSsTt\0\0Hh\0\0\0\0\0\0AaEeOoOoOoOoYy\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";

    private static readonly Dictionary<char, string> FoldMulti = new() { ['Æ'] = "AE", ['æ'] = "ae", ['ß'] = "ss", ['Œ'] = "OE", ['œ'] = "oe", ['Þ'] = "Th", ['þ'] = "th", ['Ĳ'] = "IJ", ['ĳ'] = "ij" };

    public static bool IsTitle(string word) => TitleWords.Contains(word);

    /// <summary>Lower-case, diacritic-free words of <paramref name="name"/>, punctuation removed.</summary>
    public static string[] Words(string name)
    {
        var folded = Fold(name);
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (c is '.' or '\'' or '\u2019')
            {
                // "U.S." → "us", "O'Brien" → "obrien": these marks join letters, they do not split words.
            }
            else if (sb.Length > 0)
            {
                words.Add(sb.ToString());
                sb.Clear();
            }
        }

        if (sb.Length > 0)
        {
            words.Add(sb.ToString());
        }

        return words.ToArray();
    }

    public static string Key(string name) => string.Join(' ', Words(name));

    /// <summary>Latin letters without their diacritics ("Nicolás" → "Nicolas", "Łódź" → "Lodz"); combining marks dropped.</summary>
    public static string Fold(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c < 0xC0)
            {
                sb.Append(c);
            }
            else if (FoldMulti.TryGetValue(c, out var multi))
            {
                sb.Append(multi);
            }
            else if (c <= 0x24F && FoldTable[c - 0xC0] != '\0')
            {
                sb.Append(FoldTable[c - 0xC0]);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Initials of the significant words of a multi-word name ("Conservative Political Action Conference" → "cpac").</summary>
    public static string Initials(string name)
    {
        var sb = new StringBuilder();
        foreach (var part in Fold(name).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!AcronymSkips.Contains(part) && char.IsLetter(part[0]))
            {
                sb.Append(char.ToLowerInvariant(part[0]));
            }
        }

        return sb.ToString();
    }

    /// <summary>An acronym-looking mention: 2–6 letters, all upper case (dots allowed: "U.N.").</summary>
    public static bool IsAcronym(string surface)
    {
        var letters = 0;
        foreach (var c in surface)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (c != '.' && c != '&')
            {
                return false;
            }
        }

        return letters is >= 2 and <= 6;
    }

    public static bool HasDiacritics(string s) => Fold(s) != s;
}
