using System.Text;
using Triangulate.Core.Text;

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

    public static bool IsTitle(string word) => TitleWords.Contains(word);

    /// <summary>Lower-case, diacritic-free words of <paramref name="name"/>, punctuation removed.</summary>
    public static string[] Words(string name)
    {
        var folded = TextFolding.StripDiacritics(name);
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

    /// <summary>Initials of the significant words of a multi-word name ("Conservative Political Action Conference" → "cpac").</summary>
    public static string Initials(string name)
    {
        var sb = new StringBuilder();
        foreach (var part in TextFolding.StripDiacritics(name).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
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
}
