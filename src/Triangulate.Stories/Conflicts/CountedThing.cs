using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Stories.Lineage;

namespace Triangulate.Stories.Conflicts;

/// <summary>
/// What a figure counts, reduced to a comparable key: the kind of thing (people, whatever the wording:
/// "US citizens", "Americans", "people") and the event (injured, killed, released…) read from the words
/// nearest the figure. Two figures with the same key in one story are statements about the same count.
/// </summary>
public static class CountedThing
{
    private static readonly HashSet<string> PersonUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "person", "persons", "citizen", "citizens", "american", "americans", "national", "nationals",
        "prisoner", "prisoners", "detainee", "detainees", "hostage", "hostages", "civilian", "civilians", "victim", "victims",
    };

    // Event families by stem (SentenceMatcher.Stem of folded words); the first family found nearest the figure wins.
    private static readonly (string Event, string[] Stems)[] Families =
    [
        ("in serious condition", ["serious", "critical", "condition"]),
        ("injured", ["injur", "hurt", "wound", "hospital"]),
        ("killed", ["kill", "dead", "death", "die", "died"]),
        ("released", ["releas", "freed", "free"]),
        ("arrested", ["arrest", "detain"]),
        ("evacuated", ["evacu"]),
    ];

    /// <summary>Characters either side of the figure that may name its event.</summary>
    private const int Window = 100;

    // Predicates that make a figure a part of another count ("the figure included two people who…").
    private static readonly HashSet<string> PartOf = new(StringComparer.OrdinalIgnoreCase) { "included", "include", "includes", "including", "among" };

    /// <summary>The key of <paramref name="quantity"/> in <paramref name="article"/>, or null when it is not a count of people in an event.</summary>
    public static string? KeyOf(Article article, QuantityAnnotation quantity, TextSpan sentence)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(quantity);
        var unit = quantity.Unit;
        if ((unit is not null && !PersonUnits.Contains(unit)) || (quantity.About is { } a && PartOf.Contains(a)))
        {
            return null;
        }

        var start = Math.Max(sentence.Start, quantity.Span.Start - Window);
        var end = Math.Min(sentence.End, quantity.Span.End + Window);
        var after = SentenceMatcher.Stems(article.Text[quantity.Span.End..end]);
        var before = SentenceMatcher.Stems(article.Text[start..quantity.Span.Start]);
        var about = quantity.About is null ? [] : SentenceMatcher.Stems(quantity.About);
        var family = FamilyOf(about) ?? Nearest(after, before);
        if (family is null || (unit is null && family != "in serious condition" && !HasPersonWord(before, after)))
        {
            return null;
        }

        return "people " + family;
    }

    private static string? Nearest(List<string> after, List<string> before)
    {
        var limit = Math.Max(after.Count, before.Count);
        for (var distance = 0; distance < limit; distance++)
        {
            if (distance < after.Count && FamilyOf([after[distance]]) is { } a)
            {
                return a;
            }

            if (distance < before.Count && FamilyOf([before[before.Count - 1 - distance]]) is { } b)
            {
                return b;
            }
        }

        return null;
    }

    private static string? FamilyOf(List<string> stems)
    {
        foreach (var (name, familyStems) in Families)
        {
            foreach (var stem in stems)
            {
                foreach (var prefix in familyStems)
                {
                    // Short stems must match whole ("die", not "diesel"); longer ones as prefixes ("injur" → "injuries").
                    if (stem == prefix || (prefix.Length >= 4 && stem.StartsWith(prefix, StringComparison.Ordinal)))
                    {
                        return name;
                    }
                }
            }
        }

        return null;
    }

    // A bare figure ("risen to 16") counts people only when the words around it say so.
    private static bool HasPersonWord(List<string> before, List<string> after) =>
        before.Exists(IsPersonStem) || after.Exists(IsPersonStem);

    private static bool IsPersonStem(string stem) =>
        stem is "people" or "person" or "injur" or "injury" or "injuri" or "casualty" or "victim" or "hurt" or "toll";
}
