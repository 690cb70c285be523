namespace Triangulate.Stories.Quotes;

/// <summary>
/// Compares speaker names across outlets: accents and case folded, titles dropped, and a surname alone
/// agrees with the full name ("Nunez" = "José Núñez"). Only names that look like people can disagree:
/// "a White House official" and "the spokesperson" never make a quotation misattributed.
/// </summary>
internal static class SpeakerKey
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "mayor", "secretary", "senator", "sen", "rep", "gov", "governor", "director", "minister", "prime",
        "chancellor", "councillor", "councilor", "chief", "general", "gen", "dr", "mr", "mrs", "ms", "judge", "envoy",
        "ambassador", "commissioner", "professor", "prof", "opposition", "former", "deputy", "vice", "special",
    };

    /// <summary>Folded name words without titles; empty when <paramref name="name"/> is null or blank.</summary>
    public static string[] Words(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return [];
        }

        var words = QuoteText.Words(name);
        int start = 0;
        while (start < words.Length - 1 && Titles.Contains(words[start]))
        {
            start++;
        }

        return words[start..];
    }

    /// <summary>
    /// A pronoun alone ("He", "they"): the quote stage leaves it as the speaker's words when it found no
    /// antecedent, and it names nobody.
    /// </summary>
    public static bool IsBarePronoun(string words) =>
        words.Trim().ToLowerInvariant() is "he" or "she" or "they" or "it" or "we" or "i" or "you";

    /// <summary>A person's name: one to four words, every one capitalised ("Geoff Ramsey", "Núñez").</summary>
    public static bool IsPersonLike(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 4)
        {
            return false;
        }

        foreach (var p in parts)
        {
            if (!char.IsUpper(p[0]))
            {
                return false;
            }
        }

        return !name.Contains("House", StringComparison.Ordinal) && !name.Contains("Ministry", StringComparison.Ordinal) && !name.Contains("Department", StringComparison.Ordinal);
    }

    /// <summary>Same person: equal after folding, or one is the other's surname.</summary>
    public static bool Agree(string? a, string? b) => Agree(Words(a), Words(b));

    /// <summary><see cref="Agree(string?, string?)"/> on name words already folded (<see cref="Words"/>).</summary>
    public static bool Agree(string[] wa, string[] wb)
    {
        if (wa.Length == 0 || wb.Length == 0)
        {
            return true;
        }

        if (wa.AsSpan().SequenceEqual(wb))
        {
            return true;
        }

        return wa[^1] == wb[^1] && (wa.Length == 1 || wb.Length == 1 || wa[0] == wb[0]);
    }

    public static string Key(string? name) => string.Join(' ', Words(name));
}
