namespace Triangulate.Extraction.Cleaning;

/// <summary>
/// Tells a list of names ("Jane Doe in London; Editing by John Roe") from a sentence that happens to start
/// like a credit ("Reporting by the newspaper prompted an inquiry"): names are capitalised, sentences are
/// mostly lowercase words. This is the guard that keeps credit rules off story text.
/// </summary>
internal static class NameLists
{
    private static readonly HashSet<string> CreditWords = new(StringComparer.Ordinal)
    {
        "by", "and", "in", "with", "from", "staff", "additional", "reporting", "writing", "editing", "edited",
        "written", "compiled", "produced", "research", "researched", "graphics", "translated", "translation",
        "fact", "checking", "photography", "video", "de", "da", "do", "dos", "das", "del", "della", "di", "du",
        "van", "von", "der", "den", "la", "le", "al", "el", "bin", "ibn", "ben", "y", "e", "of", "at", "for",
        "the", "bureau", "bureaus", "desk", "team", "newsroom", "correspondent", "correspondents", "also",
    };

    private static readonly HashSet<string> SourceWords = new(StringComparer.Ordinal)
    {
        "and", "agencies", "agency", "news", "wires", "wire", "the", "of", "inputs", "input", "services", "service",
        "de", "del", "la", "le", "al", "el",
    };

    private static readonly HashSet<string> AffiliationWords = new(StringComparer.Ordinal)
    {
        "correspondent", "reporter", "editor", "writer", "staff", "senior", "chief", "special", "political",
        "foreign", "business", "economics", "diplomatic", "bureau", "in", "for", "and", "the", "of", "news",
        "contributor", "columnist", "at", "de", "al",
    };

    private static readonly HashSet<string> CopyrightWords = new(StringComparer.Ordinal)
    {
        "all", "rights", "reserved", "do", "not", "reproduce", "reproduced", "without", "permission", "may", "be",
        "published", "broadcast", "rewritten", "redistributed", "redistribute", "republish", "republished", "copy",
        "copied", "distribute", "distributed", "or", "and", "the", "this", "material", "article", "content", "story",
        "of", "in", "any", "form", "written", "prior", "consent", "no", "part", "by", "from", "express", "is",
        "are", "strictly", "prohibited", "whole", "please", "copyright", "via", "ltd", "inc", "limited", "media",
    };

    /// <summary>Generic credits that name no one in particular, so they are not credited sources.</summary>
    private static readonly HashSet<string> GenericSources = new(StringComparer.OrdinalIgnoreCase)
    {
        "agencies", "agency", "agency inputs", "news agencies", "wires", "wire services", "newswires", "staff", "inputs",
    };

    public static bool IsCreditLine(ReadOnlySpan<char> line) => CountForeignLowercaseWords(line, CreditWords) <= 1;

    /// <summary>A copyright notice, not story text glued to a credit ("© AmazonThe symptoms came on quickly...").</summary>
    public static bool IsCopyrightLine(ReadOnlySpan<char> line) => CountForeignLowercaseWords(line, CopyrightWords) <= 2;

    public static bool IsSourceList(ReadOnlySpan<char> names) => CountForeignLowercaseWords(names, SourceWords) == 0;

    public static bool IsAffiliation(ReadOnlySpan<char> text) => CountForeignLowercaseWords(text, AffiliationWords) == 0;

    /// <summary>Splits "PTI, ANI and Reuters" into names, dropping generic words like "agencies".</summary>
    public static void AddSources(string names, List<string> into)
    {
        foreach (var raw in names.Split([",", ";", "/", "&", " and ", " with "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var name = raw.Trim('.', ' ', '(', ')', '-', '–', '—');
            if (name.Length is > 1 and <= 60 && char.IsUpper(name[0]) && !GenericSources.Contains(name))
            {
                AddDistinct(into, name);
            }
        }
    }

    public static void AddDistinct(List<string> into, string name)
    {
        foreach (var existing in into)
        {
            if (string.Equals(existing, name, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        into.Add(name);
    }

    private static int CountForeignLowercaseWords(ReadOnlySpan<char> text, HashSet<string> allowed)
    {
        var lookup = allowed.GetAlternateLookup<ReadOnlySpan<char>>();
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '\'' or '’' or '-'))
            {
                i++;
            }

            var word = text[start..i];
            if (char.IsLower(word[0]) && !lookup.Contains(word))
            {
                count++;
            }
        }

        return count;
    }
}
