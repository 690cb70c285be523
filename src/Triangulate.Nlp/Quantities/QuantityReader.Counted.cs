using Triangulate.Core.Annotations;
using Triangulate.Nlp.Dates;

namespace Triangulate.Nlp.Quantities;

/// <summary>
/// What a count counts, read from the clause around it rather than the nearest verb: the noun head ("12 deaths"),
/// the subject's predicate ("14 people were taken to hospital", "three were in serious condition"), the verb that
/// governs the count as its object ("killing 12 and injuring 30"), the toll or number it completes ("the number of
/// people injured has risen to 16"), and the count it is part of ("including five children").
/// </summary>
internal sealed partial class QuantityReader
{
    private const int MaxTollDistance = 25;

    /// <summary>The counted key and scope of the count whose tokens run from <paramref name="first"/> to <paramref name="end"/>.</summary>
    /// <param name="head">The noun head's token, or -1 for a bare number.</param>
    private (string Key, string? Scope) Classify(int first, int j, int end, int head)
    {
        if (IsAge(first, j, end, head))
        {
            return (CountedKeys.Age, null);
        }

        if (Is(first - 1, "of") && IsWord(first - 2) && Kin.Contains(Span(first - 2).ToString()))
        {
            return (CountedKeys.People, "children"); // "a father of three": his children, not a count of the event
        }

        if (PopulationScope(first, head) is { } population)
        {
            return (CountedKeys.People, population);
        }

        if (IsWord(end + 1) && Units.TryGetValue(Span(end + 1), out _))
        {
            return (HeadKey(end + 1)!, null);
        }

        if (head >= 0 && HeadKey(head) is { } nounKey)
        {
            return (nounKey, PlaceScopeAfter(head + 1));
        }

        if (head >= 0 && CrowdVerbs.Contains(Span(head).ToString()))
        {
            return (CountedKeys.People, null); // "where 10,000 gathered", "another 1,000 demonstrated": only people gather or march
        }

        var isPeople = head < 0 || CountedLexicon.People.TryGetValue(Span(head), out _) || CountedLexicon.Person.TryGetValue(Span(head), out _) || IsCapitalisedPlural(head);
        if (!isPeople)
        {
            return (CountedKeys.Other, null);
        }

        var afterNoun = (head < 0 ? end : head) + 1;
        if (PartOfIntro(first))
        {
            return PartOf(first, afterNoun, head);
        }

        var predicateAt = SkipAppositive(afterNoun);
        var after = PredicateAfterCount(predicateAt, out var strong, out var scope);
        var before = GoverningVerb(first);

        // A participle right after an object qualifies it ("the release of six Americans detained in Venezuela"); the verb
        // before says what is counted, unless it only says they were shot ("shot three people dead").
        var qualifiesObject = after is not null && IsWord(predicateAt) && CountedLexicon.PredicateKey(Span(predicateAt)) is not null
            && before is not null && before != CountedKeys.Casualties;
        if (after is not null && strong && !qualifiesObject)
        {
            return (TheyDiedLater(afterNoun, after), scope ?? PartOfAWhole(afterNoun, predicateAt) ?? PlaceScopeAfter(afterNoun));
        }

        if (before is not null)
        {
            return (before, PlaceScopeAfter(afterNoun));
        }

        if (after is not null)
        {
            return (after, scope);
        }

        if ((head < 0 || Is(head, "people") || Is(head, "persons")) && TollSubject(first) is { } toll)
        {
            return (toll, null);
        }

        if (Is(afterNoun, "of") && (Is(afterNoun + 1, "them") || Is(afterNoun + 1, "whom")) && PreviousCount(first) is { } parent)
        {
            return (parent.Counted, null); // "injuring 40, 15 of them on Qeshm": a part of the count before
        }

        return (head < 0 ? CountedKeys.Other : CountedKeys.People, null);
    }

    /// <summary>
    /// A bare count that is part of a whole already counted is no step of the event's toll: "two of the five victims were
    /// taken to hospital" (victims are a count of the event), "four of the five people who died were identified" and
    /// "four of the five people found shot to death" (the whole's own clause says what it counts). "12 of the 300
    /// passengers and crew were confirmed dead", whose finite verb follows the whole, counts the dead themselves.
    /// </summary>
    private string? PartOfAWhole(int of, int predicate)
    {
        if (predicate <= of || !Is(of, "of"))
        {
            return null;
        }

        for (var m = of + 1; m < predicate; m++)
        {
            if (Is(m, "victims") || Is(m, "casualties"))
            {
                return CountedKeys.PartScope;
            }
        }

        return FiniteVerbs.Contains(Span(predicate).ToString()) ? null : CountedKeys.PartScope;
    }

    /// <summary>
    /// "six were found dead on deck. There were at least another 20 dead inside": more of a count, not its total, when
    /// the nearest thing counted before it (in its sentence or the one before) is the same. In "one man was killed and
    /// another eight were injured" and "50 were killed; an additional 53 were injured" the word sets a different count apart.
    /// </summary>
    private bool IsIncrement(int first, int number, string counted)
    {
        if (!(Is(number - 1, "another") || Is(number - 1, "further") || Is(number - 1, "additional")
            || Is(first - 1, "another") || Is(first - 1, "further") || Is(first - 1, "additional")))
        {
            return false;
        }

        var ends = 0;
        for (var m = first - 1; m >= 0 && m >= first - 60; m--)
        {
            if (IsSentenceEnd(m) && ++ends > 1)
            {
                break;
            }

            if (IsWord(m) && (CountedLexicon.PredicateKey(Span(m)) ?? (CountedLexicon.CountedNouns.TryGetValue(Span(m), out var noun) ? noun : null)) is { } key
                && CountedKeys.IsEventCount(key))
            {
                return key == counted;
            }
        }

        return false;
    }

    private static readonly HashSet<string> FiniteVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "were", "was", "are", "is", "have", "has", "had", "remain", "remains", "remained", "will", "would", "could", "may", "might",
    };

    private static readonly HashSet<string> CrowdVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "gathered", "demonstrated", "protested", "marched", "rallied", "attended", "assembled", "congregated",
    };

    private static readonly HashSet<string> Kin = new(StringComparer.OrdinalIgnoreCase) { "father", "mother", "parent", "parents", "dad", "mom", "grandmother", "grandfather", "mum" };

    /// <summary>"Two women and one man", "two other men and two women": people counted together, with the second conjunct's number.</summary>
    private bool CoordinatedPeople(int head, out double more, out int end)
    {
        (more, end) = (0, head);
        if (!Is(head + 1, "and") || !(CountedLexicon.People.TryGetValue(Span(head), out _) || IsCapitalisedPlural(head)))
        {
            return false;
        }

        var k = head + 2;
        if (Is(k, "a") || Is(k, "an") || Is(k, "one"))
        {
            more = 1;
        }
        else if (IsNumber(k) && Suffix(k).Length == 0 && !Digits(k).Contains('.'))
        {
            more = ParseDigits(Digits(k));
        }
        else if (!IsWord(k) || !NumberWords.Units.TryGetValue(Span(k), out more))
        {
            return false;
        }

        for (var m = k + 1; m < Count && m <= k + 3 && IsWord(m); m++)
        {
            if (CountedLexicon.People.TryGetValue(Span(m), out _) || CountedLexicon.Person.TryGetValue(Span(m), out _))
            {
                end = m;
                return more > 0;
            }
        }

        return false;
    }

    /// <summary>"The two were taken to the hospital, where they were pronounced dead": hurt people who died in the same sentence are deaths.</summary>
    private string TheyDiedLater(int from, string key)
    {
        if (key is not (CountedKeys.Injured or CountedKeys.Casualties))
        {
            return key;
        }

        for (var m = from; m < Count && m < from + 25 && !IsSentenceEnd(m); m++)
        {
            if ((Is(m, "they") || Is(m, "both") || Is(m, "all")) && (Is(m + 1, "died") || Is(m + 2, "died") || Is(m + 3, "dead") || Is(m + 2, "dead")))
            {
                return CountedKeys.Deaths;
            }
        }

        return key;
    }

    /// <summary>A head noun that names the counted thing itself, or a unit: "12 deaths", "five arrests", "72 km".</summary>
    private string? HeadKey(int head)
    {
        var word = Span(head);
        if (CountedLexicon.CountedNouns.TryGetValue(word, out var key))
        {
            return key;
        }

        return Units.TryGetValue(word, out var unitKey) ? (unitKey == CountedKeys.Distance && IsDepth(head) ? CountedKeys.Depth : unitKey) : null;
    }

    // "10 km deep", "18.5 km (11.5 miles) deep", "at a depth of 10 km".
    private bool IsDepth(int head)
    {
        var next = AfterConversion(head + 1);
        return Is(next, "deep") || Is(next, "below") || (Is(head - 3, "depth") || Is(head - 4, "depth") || Is(head - 5, "depth"));
    }

    /// <summary>"Americans", "Britons": capitalised plurals after a count are nationalities.</summary>
    private bool IsCapitalisedPlural(int head)
    {
        var w = Span(head);
        return w.Length > 3 && char.IsUpper(w[0]) && char.IsLower(w[1]) && w[^1] == 's' && !w.EndsWith("ss", StringComparison.Ordinal);
    }
}
