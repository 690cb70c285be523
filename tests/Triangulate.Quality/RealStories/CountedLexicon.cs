namespace Triangulate.Quality.RealStories;

/// <summary>
/// The scorer's reading of a figure's counted thing when the dossier gives no <c>counted</c> key (today's
/// quantities carry only <c>about</c> and <c>unit</c>, today's numeric conflicts only <c>about</c>). A fixed
/// list of stems per ontology key (docs/figures.md), tried in order; written from the ontology, not tuned on
/// any output. Once stages write <c>counted</c>, this is no longer used.
/// </summary>
internal static class CountedLexicon
{
    private static readonly (string Key, string[] Stems)[] Rules =
    [
        ("age", ["year-old", "years old", "year old", "-year-", "aged ", "month-old", "week-old"]),
        ("missing", ["missing", "unaccounted", "trapped"]),
        ("aboard", ["on board", "aboard", "passenger"]),
        ("injured", ["injur", "wound", "hurt", "hospitali", "critical"]),
        ("deaths", ["kill", "dead", "death", "died", "die ", "fatalit", "toll", "lives", "bodies", "slain"]),
        ("rescued", ["rescued", "survivor"]),
        ("evacuated", ["evacuat"]),
        ("displaced", ["displaced", "homeless", "refugee", "shelter", "fled"]),
        ("arrested", ["arrest", "detain", "custody"]),
        ("charged", ["charged", "indicted"]),
        ("released", ["released", "freed"]),
        ("buildings", ["house", "home", "building"]),
        ("magnitude", ["magnitude", "richter"]),
        ("depth", ["depth", "deep"]),
        ("money", ["$", "usd", "dollar", "eur", "€", "£", "gbp", "rupiah", "yen", "rm", "currency"]),
        ("percent", ["%", "percent", "per cent"]),
        ("distance", ["km", "kilomet", "mile", "metre", "meter", "feet", "foot"]),
        ("votes", ["vote", "seat"]),
        // Today's quantity reader puts the counted noun, singular, in the unit ("firefighter", "woman"); these are the
        // person nouns of news counts, so a figure whose unit is one of them is read as a count of people.
        ("people", ["people", "person", "resident", "citizen", "man", "men", "woman", "women", "child", "children", "kid",
            "boy", "girl", "teen", "adult", "student", "worker", "employee", "member", "officer", "soldier", "troop",
            "firefighter", "police", "suspect", "victim", "civilian", "prisoner", "hostage", "refugee", "senior",
            "passenger", "sailor", "fisherm", "follower", "commando", "pirate", "protester", "demonstrator", "voter",
            "american", "national", "family", "families"]),
    ];

    public static string Read(string? about, string? unit)
    {
        // ECB+ texts are detokenised with spaced hyphens ("35 - year - old"); read them as written words.
        var text = $" {about} {unit} ".ToLowerInvariant().Replace(" - ", "-", StringComparison.Ordinal);
        foreach (var (key, stems) in Rules)
        {
            foreach (var stem in stems)
            {
                if (Matches(text, stem))
                {
                    return key;
                }
            }
        }

        return "other";
    }

    /// <summary>Short stems (rm, eur, usd, km, men) must stand as a word; longer ones may start a word.</summary>
    private static bool Matches(string text, string stem)
    {
        if (stem.Length > 3 || !char.IsLetter(stem[0]))
        {
            return text.Contains(stem, StringComparison.Ordinal);
        }

        var at = text.IndexOf(stem, StringComparison.Ordinal);
        while (at >= 0)
        {
            var before = at == 0 || !char.IsLetter(text[at - 1]);
            var after = at + stem.Length >= text.Length || !char.IsLetter(text[at + stem.Length]);
            if (before && after)
            {
                return true;
            }

            at = text.IndexOf(stem, at + 1, StringComparison.Ordinal);
        }

        return false;
    }
}
