using Triangulate.Core.Outlets;

namespace Triangulate.Nlp.Quotes;

/// <summary>
/// The one-word outlet names of the outlet registry (<see cref="OutletRegistry"/>), as a capitalised phrase prints
/// them: "Reuters", "Axios", "Guardian" (a leading "The" dropped), and the first word of a two-word "X News" name
/// ("Fox", "CBS"). A phrase holding one is an outlet, not a person ("Reuters reported"). Names the registry marks
/// ambiguous or common ("Nikkei", "Forbes", "Time") are left out: alone they are as often a surname or a word.
/// </summary>
public static class OutletWords
{
    /// <summary>Adds the registry's one-word outlet names to <paramref name="words"/> and returns it.</summary>
    public static HashSet<string> AddTo(HashSet<string> words)
    {
        foreach (var entry in OutletRegistry.BuiltIn.Entries)
        {
            foreach (var name in entry.UnambiguousNames)
            {
                if (OneWord(name) is { } word)
                {
                    words.Add(word);
                }
            }
        }

        return words;
    }

    private static string? OneWord(string name)
    {
        var bare = name.StartsWith("The ", StringComparison.Ordinal) ? name[4..] : name;
        if (bare.EndsWith(" News", StringComparison.Ordinal))
        {
            bare = bare[..^5];
        }

        return bare.Length > 1 && !bare.Contains(' ', StringComparison.Ordinal) ? bare : null;
    }
}
