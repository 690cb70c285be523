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
            return (CountedKeys.Other, null); // "a father of three"
        }

        if (IsWord(end + 1) && Units.TryGetValue(Span(end + 1), out _))
        {
            return (HeadKey(end + 1)!, null);
        }

        if (head >= 0 && HeadKey(head) is { } nounKey)
        {
            return (nounKey, PlaceScopeAfter(head + 1));
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
            return (TheyDiedLater(afterNoun, after), scope ?? PlaceScopeAfter(afterNoun));
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

        return (head < 0 ? CountedKeys.Other : CountedKeys.People, null);
    }

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

    // "10 km deep", "at a depth of 10 km".
    private bool IsDepth(int head) => Is(head + 1, "deep") || Is(head + 1, "below") || (Is(head - 3, "depth") || Is(head - 4, "depth") || Is(head - 5, "depth"));

    /// <summary>"Americans", "Britons": capitalised plurals after a count are nationalities.</summary>
    private bool IsCapitalisedPlural(int head)
    {
        var w = Span(head);
        return w.Length > 3 && char.IsUpper(w[0]) && char.IsLower(w[1]) && w[^1] == 's' && !w.EndsWith("ss", StringComparison.Ordinal);
    }

    /// <summary>"including", "among them", "among whom", "of whom" right before the count: it is part of another count.</summary>
    private bool PartOfIntro(int first) =>
        Is(first - 1, "including") || Is(first - 1, "includes") || Is(first - 1, "included")
        || ((Is(first - 1, "them") || Is(first - 1, "whom")) && (Is(first - 2, "among") || Is(first - 2, "of")));

    /// <summary>"12 people, including five children, were killed": the part takes the whole's predicate and is scoped to its noun.</summary>
    private (string Key, string? Scope) PartOf(int first, int afterNoun, int head)
    {
        var scope = head >= 0 && CountedLexicon.SubGroups.TryGetValue(Span(head), out _) ? Span(head).ToString().ToLowerInvariant() : null;
        if (PredicateAfterCount(afterNoun, out var strong, out _) is { } own && strong)
        {
            return (own, scope); // "the toll includes 12 foreigners among the dead"
        }

        var k = afterNoun;
        while (k < Count && k < afterNoun + 6 && !IsPunct(k, ',') && !IsPunct(k, ')') && !IsSentenceEnd(k))
        {
            k++;
        }

        if (IsPunct(k, ',') || IsPunct(k, ')'))
        {
            if (PredicateAfterCount(k + 1, out _, out _) is { } key)
            {
                return (key, scope);
            }
        }

        if (PreviousCount(first) is { } parent)
        {
            return (parent.Counted, scope);
        }

        if (TollBefore(first) is { } toll)
        {
            return (toll, scope);
        }

        return (head >= 0 ? CountedKeys.People : CountedKeys.Other, scope);
    }

    /// <summary>The count read just before in the same sentence ("Five people were wounded, three of them critically").</summary>
    private QuantityAnnotation? PreviousCount(int first)
    {
        if (_found.Count == 0)
        {
            return null;
        }

        var last = _found[^1];
        var gap = _text.AsSpan(last.Span.End, Math.Max(0, _tokens[first].Start - last.Span.End));
        return gap.Length <= 120 && gap.IndexOfAny(".;!?") < 0 && CountedKeys.IsEventCount(last.Counted) ? last : null;
    }

    /// <summary>
    /// Skips what stands between a count and its predicate: ", including five children,", "(three of them children)",
    /// ", 27 and 32," (ages), and a coordinated count ("68 passengers and four crew were on board").
    /// </summary>
    private int SkipAppositive(int k)
    {
        if (IsPunct(k, ',') && IsNumber(k + 1))
        {
            var m = k + 1;
            while (m < Count && m < k + 8 && (IsNumber(m) || IsPunct(m, ',') || Is(m, "and")))
            {
                m++;
            }

            if (IsPunct(m - 1, ','))
            {
                return m;
            }
        }

        if (Is(k, "and") && (IsNumber(k + 1) || (IsWord(k + 1) && NumberWords.Units.TryGetValue(Span(k + 1), out _))))
        {
            var m = k + 2;
            while (m < Count && m < k + 5 && IsWord(m) && !CountedLexicon.Auxiliaries.TryGetValue(Span(m), out _) && CountedLexicon.PredicateKey(Span(m)) is null)
            {
                m++;
            }

            return m;
        }

        if (IsPunct(k, '('))
        {
            for (var m = k + 1; m < Count && m < k + 12; m++)
            {
                if (IsPunct(m, ')'))
                {
                    return m + 1;
                }
            }

            return k;
        }

        if (IsPunct(k, ',') && (Is(k + 1, "including") || Is(k + 1, "among") || Is(k + 1, "mostly") || Is(k + 1, "most") || Is(k + 1, "many")))
        {
            for (var m = k + 2; m < Count && m < k + 12 && !IsSentenceEnd(m); m++)
            {
                if (IsPunct(m, ','))
                {
                    return m + 1;
                }
            }
        }

        return k;
    }

    /// <summary>
    /// The predicate of a count as subject: "were killed", "who died", "of them were shot and killed", "remain in serious
    /// condition", "were taken to hospital", "were on board", "were among the dead". <paramref name="strong"/> is false for a
    /// bare prepositional phrase ("11 people on board"), which a verb before the count overrides ("killed 11 people on board").
    /// </summary>
    private string? PredicateAfterCount(int k, out bool strong, out string? scope)
    {
        strong = false;
        scope = null;
        var p = k;
        var clausal = false;
        if ((Is(p, "of") && (Is(p + 1, "them") || Is(p + 1, "whom") || Is(p + 1, "those")))
            || (Is(p, "of") && Is(p + 1, "the") && IsWord(p + 2) && CountedLexicon.People.TryGetValue(Span(p + 2), out _)))
        {
            p += Is(p + 1, "the") ? 3 : 2;
            clausal = true;
        }

        var guard = p + 5;
        var passive = false;
        while (p < Count && p < guard && IsWord(p) && (CountedLexicon.Auxiliaries.TryGetValue(Span(p), out _) || IsAdverb(p)) && CountedLexicon.PredicateKey(Span(p)) is null)
        {
            if (Is(p, "to") && !(Is(p - 1, "believed") || Is(p - 1, "thought") || Is(p - 1, "feared") || Is(p - 1, "presumed") || Is(p - 1, "said") || Is(p - 1, "reported") || Is(p - 1, "known")))
            {
                return null; // "Lopez to kill": an infinitive says what was meant, not what happened to the subject
            }

            clausal = true;
            passive |= IsPassiveAuxiliary(p);
            p++;
        }

        if (!IsWord(p) || (p > k && ParagraphBreakBefore(p)) || Is(p, "not") || Is(p, "never"))
        {
            return null; // "a 19-year-old was not injured"
        }

        strong = clausal || p == k;
        if (Is(p, "on") && Is(p + 1, "board"))
        {
            strong = clausal;
            return CountedKeys.Aboard;
        }

        if (ConditionAt(p) is { } condition)
        {
            strong = clausal;
            scope = condition;
            return CountedKeys.Injured;
        }

        if (Is(p, "among") && Is(p + 1, "the") && IsWord(p + 2))
        {
            var among = CountedLexicon.PredicateKey(Span(p + 2)) ?? (CountedLexicon.CountedNouns.TryGetValue(Span(p + 2), out var noun) ? noun : null);
            scope = among is null ? null : SubGroupBefore(k);
            return among;
        }

        if (!(clausal || p == k))
        {
            return null;
        }

        var key = PredicateWordKey(p, out scope);
        return key is not null && !passive && HasObject(p) ? null : key; // "a father fatally shot his son": the subject did it
    }

    private bool IsPassiveAuxiliary(int p) =>
        Is(p, "was") || Is(p, "were") || Is(p, "been") || Is(p, "be") || Is(p, "being") || Is(p, "is") || Is(p, "are") || Is(p, "got") || Is(p, "get");

    /// <summary>An active verb with an object after it ("shot his son", "would hurt her", "killing of"); a reflexive object
    /// ("shot and killed himself") leaves the subject as the one counted.</summary>
    private bool HasObject(int p)
    {
        if (!(Is(p, "shot") || Is(p, "shooting") || Is(p, "killed") || Is(p, "kills") || Is(p, "killing") || Is(p, "wounded") || Is(p, "wounding")
            || Is(p, "injured") || Is(p, "injuring") || Is(p, "hurt") || Is(p, "murdered") || Is(p, "fatally") || Is(p, "mortally")))
        {
            return false; // "dead", "missing": adjectives take no object
        }

        var v = p;
        while (v < p + 4 && (Is(v + 1, "shot") || (IsWord(v + 1) && CountedLexicon.PredicateKey(Span(v + 1)) is not null)
            || (Is(v + 1, "and") && IsWord(v + 2) && CountedLexicon.PredicateKey(Span(v + 2)) is not null)))
        {
            v += Is(v + 1, "and") ? 2 : 1;
        }

        var o = v + 1;
        if (!IsWord(o) || Is(o, "himself") || Is(o, "herself") || Is(o, "themselves") || Is(o, "itself"))
        {
            return false;
        }

        return Is(o, "him") || Is(o, "her") || Is(o, "them") || Is(o, "his") || Is(o, "their") || Is(o, "another") || Is(o, "a") || Is(o, "an")
            || Is(o, "the") || Is(o, "of") || Is(o, "two") || Is(o, "three") || Is(o, "someone") || Is(o, "me") || Is(o, "us") || Is(o, "you")
            || (Is(p, "shot") && Is(o, "at"));
    }

    /// <summary>The key of the predicate word at p, reading "shot and killed", "shot dead", "taken to hospital", "lost their lives".</summary>
    private string? PredicateWordKey(int p, out string? scope)
    {
        scope = null;
        if (Is(p, "critically") || Is(p, "seriously"))
        {
            scope = Is(p, "critically") ? "critical condition" : "serious condition";
            return Is(p + 1, "shot") || IsInjuryWord(p + 1) || IsPunct(p + 1, ',') || IsPunct(p + 1, '.') ? CountedKeys.Injured : null;
        }

        if (Is(p, "shot") || Is(p, "shooting"))
        {
            return ShotKey(p);
        }

        if ((Is(p, "struck") || Is(p, "hit")) && Is(p + 1, "by") && IsWord(p + 2) && (Span(p + 2).StartsWith("bullet", StringComparison.OrdinalIgnoreCase)
            || Is(p + 2, "gunfire") || Is(p + 2, "gunshots") || Is(p + 2, "shots") || Is(p + 2, "stray") || Is(p + 2, "a")))
        {
            return CountedKeys.Casualties; // "struck by bullets", "hit by gunfire"
        }

        if (CountedLexicon.PredicateKey(Span(p)) is { } key)
        {
            return key == CountedKeys.Aboard && Is(p, "carrying") ? null : key;
        }

        if ((Is(p, "taken") || Is(p, "rushed") || Is(p, "transported") || Is(p, "sent") || Is(p, "airlifted") || Is(p, "admitted")) && HospitalWithin(p + 1))
        {
            return CountedKeys.Injured;
        }

        if (Is(p, "treated") || ((Is(p, "suffered") || Is(p, "sustained") || Is(p, "suffering")) && !Is(p + 1, "fatal")))
        {
            return Is(p, "treated") && !(Is(p + 1, "for") || HospitalWithin(p + 1)) ? null : CountedKeys.Injured;
        }

        if ((Is(p, "suffered") || Is(p, "sustained") || Is(p, "suffering")) && Is(p + 1, "fatal"))
        {
            return CountedKeys.Deaths;
        }

        if (Is(p, "lost") && (Is(p + 1, "their") || Is(p + 1, "his") || Is(p + 1, "her")))
        {
            return Is(p + 2, "lives") || Is(p + 2, "life") ? CountedKeys.Deaths : Is(p + 2, "homes") || Is(p + 2, "home") ? CountedKeys.Displaced : null;
        }

        return null;
    }

    private bool IsInjuryWord(int p) => IsWord(p) && CountedLexicon.PredicateKey(Span(p)) == CountedKeys.Injured;

    /// <summary>"shot and killed", "shot dead", "shot to death" → deaths; "shot and wounded" → injured; "shot" alone counts casualties.</summary>
    private string ShotKey(int p)
    {
        if (Is(p - 1, "fatally") || Is(p - 1, "mortally") || Is(p + 1, "dead") || (Is(p + 1, "to") && Is(p + 2, "death")))
        {
            return CountedKeys.Deaths;
        }

        if (Is(p + 1, "and") && IsWord(p + 2) && CountedLexicon.PredicateKey(Span(p + 2)) is { } next and not CountedKeys.Casualties)
        {
            return next;
        }

        return CountedKeys.Casualties;
    }

    private bool HospitalWithin(int k)
    {
        for (var m = k; m < Count && m < k + 8 && (IsWord(m) || IsPunct(m, '.') || IsPunct(m, '\'') || IsPunct(m, '’') || IsPunct(m, '-')); m++)
        {
            if (Span(m).StartsWith("hospital", StringComparison.OrdinalIgnoreCase) || Is(m, "clinic") || Is(m, "clinics"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"in serious condition", "in critical but stable condition" → "serious condition".</summary>
    private string? ConditionAt(int p)
    {
        if (!Is(p, "in"))
        {
            return null;
        }

        for (var m = p + 1; m < Count && m <= p + 4 && IsWord(m); m++)
        {
            if (Is(m, "condition") || Is(m, "conditions"))
            {
                return Conditions.TryGetValue(Span(p + 1), out var name) ? name : "condition";
            }
        }

        return null;
    }

    /// <summary>The noun of "Five foreigners were among the dead" as a sub-group scope.</summary>
    private string? SubGroupBefore(int k)
    {
        for (var m = k - 1; m >= 0 && m >= k - 3; m--)
        {
            if (IsWord(m) && (CountedLexicon.SubGroups.TryGetValue(Span(m), out _) || IsCapitalisedPlural(m)))
            {
                return Span(m).ToString().ToLowerInvariant();
            }
        }

        return null;
    }

    /// <summary>The verb whose object the count is: "killing 12", "injured at least 30", "wounding three others", "the release of seven".</summary>
    private string? GoverningVerb(int first)
    {
        if (first < Count && _tokens[first].NewlineBefore)
        {
            return null; // a count that starts a line (a list item, a headline) is no verb's object
        }

        var k = first - 1;
        for (var skipped = 0; skipped < 3 && k >= 0 && IsWord(k) && (Is(k, "a") || Is(k, "total") || Is(k, "another") || Is(k, "an") || Is(k, "additional") || Is(k, "further") || (Is(k, "of") && Is(k - 1, "total"))); skipped++)
        {
            k--;
        }

        if (!IsWord(k))
        {
            return null;
        }

        if (Is(k, "of") && IsWord(k - 1) && CountedLexicon.EventNouns.TryGetValue(Span(k - 1), out var eventKey))
        {
            return Is(k - 2, "attempted") ? null : eventKey;
        }

        if (Is(k - 1, "to") || Is(k - 1, "attempted") || Is(k - 1, "trying") || (Is(k - 1, "or") && Is(k - 3, "to")))
        {
            return null; // "aiming to kill four", "to harm or kill another person": intended, not done
        }

        if (Is(k, "shot") || Is(k, "shooting"))
        {
            return ShotKey(k);
        }

        if (Is(k, "leaving") || Is(k, "left"))
        {
            return null; // "left 16 people injured": the adjective after the count says what
        }

        return CountedLexicon.PredicateKey(Span(k)) is { } key && !Is(k, "critically") && !Is(k, "seriously") ? key : null;
    }

    /// <summary>
    /// The toll or number a bare figure completes: "the death toll rose to 2,012", "the number of people injured … has risen
    /// to 16", "bringing the toll to 12". A toll without a noun counts deaths.
    /// </summary>
    private string? TollSubject(int first)
    {
        if (!(Is(first - 1, "to") || Is(first - 1, "at") || Is(first - 1, "of") || Is(first - 1, "reached") || Is(first - 1, "hit")
            || Is(first - 1, "is") || Is(first - 1, "was") || Is(first - 1, "topped") || Is(first - 1, "passed") || Is(first - 1, "exceeded")
            || Is(first - 1, "surpassed") || Is(first - 1, "now")))
        {
            return null;
        }

        return TollBefore(first - 1);
    }

    /// <summary>The toll or "number of …" that the words before <paramref name="first"/> in its sentence are about.</summary>
    private string? TollBefore(int first)
    {
        for (var m = first - 1; m >= 0 && m >= first - MaxTollDistance && !IsSentenceEnd(m) && !ParagraphBreakBefore(m + 1); m--)
        {
            if (Is(m, "toll") || Is(m, "tally") || Is(m, "count"))
            {
                return Is(m - 1, "injury") || Is(m - 1, "injuries") ? CountedKeys.Injured
                    : Is(m - 1, "casualty") ? CountedKeys.Casualties
                    : Is(m, "count") && !Is(m - 1, "death") && !Is(m - 1, "body") ? null
                    : CountedKeys.Deaths;
            }

            if ((Is(m, "number") || Is(m, "figure")) && Is(m + 1, "of"))
            {
                for (var n = m + 2; n < first && n <= m + 5; n++)
                {
                    if (IsWord(n) && (CountedLexicon.PredicateKey(Span(n)) ?? (CountedLexicon.CountedNouns.TryGetValue(Span(n), out var noun) ? noun : null)) is { } key)
                    {
                        return key;
                    }
                }

                return null;
            }
        }

        return null;
    }

    private bool IsSentenceEnd(int i) =>
        i >= 0 && i < Count && _tokens[i].Kind == ScanKind.Punct && _text[_tokens[i].Start] is '.' or '!' or '?' or ';' && !(_text[_tokens[i].Start] == '.' && IsAbbreviation(i - 1));

    // "St. Vincent", "Dr. Smith": a period after a short title is not a sentence end.
    private bool IsAbbreviation(int i) =>
        Is(i, "St") || Is(i, "Dr") || Is(i, "Mt") || Is(i, "Jr") || Is(i, "Sr") || Is(i, "Mr") || Is(i, "Mrs") || Is(i, "Ms") || Is(i, "Ave") || Is(i, "Lt") || Is(i, "Sgt") || Is(i, "Det") || Is(i, "Ft");
}
