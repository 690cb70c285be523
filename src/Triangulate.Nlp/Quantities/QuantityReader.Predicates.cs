using Triangulate.Core.Annotations;
using Triangulate.Nlp.Dates;

namespace Triangulate.Nlp.Quantities;

/// <summary>
/// The predicate of a count as subject ("were killed", "remain in serious condition", "were taken to hospital"), with
/// the words that make a predicate say deaths, injured or casualties ("shot and killed", "died later").
/// </summary>
internal sealed partial class QuantityReader
{
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

        // "three of those killed": the count is part of the people the words after "those" name.
        var partitive = Is(p, "of") && Is(p + 1, "those");
        if ((Is(p, "of") && (Is(p + 1, "them") || Is(p + 1, "whom") || Is(p + 1, "those")))
            || (Is(p, "of") && Is(p + 1, "the") && IsWord(p + 2) && CountedLexicon.People.TryGetValue(Span(p + 2), out _)))
        {
            p += Is(p + 1, "the") ? 3 : 2;
            clausal = true;
        }

        else if (Is(p, "of") && Is(p + 1, "the") && IsNumber(p + 2) && IsWord(p + 3)
            && (CountedLexicon.PredicateKey(Span(p + 3)) ?? (CountedLexicon.CountedNouns.TryGetValue(Span(p + 3), out var whole) ? whole : null)) is { } wholeKey
            && CountedKeys.IsEventCount(wholeKey))
        {
            strong = true; // "30 of the 80 wounded remained in hospital": a part of a whole whose noun says what it counts
            return wholeKey;
        }

        p = SkipOrigin(p);
        var guard = p + 5;
        var passive = false;
        while (p < Count && p < guard && IsWord(p) && (CountedLexicon.Auxiliaries.TryGetValue(Span(p), out _) || IsAdverb(p)) && CountedLexicon.PredicateKey(Span(p)) is null)
        {
            if (Is(p, "to") && !(Is(p - 1, "had") || Is(p - 1, "believed") || Is(p - 1, "thought") || Is(p - 1, "feared") || Is(p - 1, "presumed") || Is(p - 1, "said") || Is(p - 1, "reported") || Is(p - 1, "known")
                || Is(p - 1, "certain") || Is(p - 1, "sure") || Is(p - 1, "seem") || Is(p - 1, "seems") || Is(p - 1, "seemed")
                || Is(p - 1, "appear") || Is(p - 1, "appears") || Is(p - 1, "appeared")))
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
        if (key is not null && partitive)
        {
            scope ??= CountedKeys.PartScope;
        }

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
    /// <summary>"Two people from Zinbi village were hurt": a named place of origin between a count and its verb.</summary>
    private int SkipOrigin(int p)
    {
        if (!Is(p, "from") || !IsCapitalised(p + 1))
        {
            return p;
        }

        var end = CapitalisedRun(p + 1);
        return IsWord(end + 1) && AdminUnits.TryGetValue(Span(end + 1), out _) ? end + 2 : end + 1;
    }

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

        if ((Is(p, "underwent") || Is(p, "undergoing") || Is(p, "undergone") || Is(p, "needed") || Is(p, "required")) && (Is(p + 1, "surgery") || Is(p + 1, "surgeries") || (IsWord(p + 1) && Is(p + 2, "surgery"))))
        {
            return CountedKeys.Injured; // "two men underwent surgery for gunshot wounds"
        }

        if ((Is(p, "ushered") || Is(p, "led") || Is(p, "escorted") || Is(p, "moved") || Is(p, "evacuated")) && Is(p + 1, "to") && Is(p + 2, "safety"))
        {
            return CountedKeys.Evacuated; // "20 more people had to be ushered to safety"
        }

        if (Is(p, "treated") || ((Is(p, "suffered") || Is(p, "sustained") || Is(p, "suffering")) && !Is(p + 1, "fatal")))
        {
            return Is(p, "treated") && !(Is(p + 1, "for") || HospitalWithin(p + 1)) ? null : CountedKeys.Injured;
        }

        if ((Is(p, "received") || Is(p, "receiving") || Is(p, "needed") || Is(p, "required")) && (Is(p + 1, "treatment") || (Is(p + 1, "medical") && Is(p + 2, "treatment"))))
        {
            return CountedKeys.Injured; // "five people had received treatment after being injured"
        }

        if ((Is(p, "suffered") || Is(p, "sustained") || Is(p, "suffering")) && Is(p + 1, "fatal"))
        {
            return CountedKeys.Deaths;
        }

        if (Is(p, "with") && WoundWithin(p + 1) is { } wound)
        {
            return wound; // "three people were found with gunshot wounds", "five people with injuries"
        }

        if ((Is(p, "in") || Is(p, "at")) && Is(p + 1, "the") && IsWord(p + 2) && Span(p + 2).StartsWith("hospital", StringComparison.OrdinalIgnoreCase))
        {
            return CountedKeys.Injured; // "ended with five people in the hospital"
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

    /// <summary>"gunshot wounds", "multiple gunshot wounds", "bullet wounds" → casualties (the dead are shot too); "injuries" → injured.</summary>
    private string? WoundWithin(int k)
    {
        for (var m = k; m < Count && m < k + 4 && IsWord(m); m++)
        {
            if (Is(m, "wound") || Is(m, "wounds"))
            {
                return Is(m - 1, "gunshot") || Is(m - 1, "bullet") || Is(m - 1, "gun") ? CountedKeys.Casualties : null;
            }

            if (Is(m, "injuries") && !Is(m - 1, "fatal"))
            {
                return CountedKeys.Injured;
            }
        }

        return null;
    }

    private bool HospitalWithin(int k)
    {
        for (var m = k; m < Count && m < k + 8 && (IsWord(m) || IsPunct(m, '.') || IsPunct(m, '\'') || IsPunct(m, '’') || IsPunct(m, '-')); m++)
        {
            if (Span(m).StartsWith("hospital", StringComparison.OrdinalIgnoreCase) || Is(m, "clinic") || Is(m, "clinics")
                || ((Is(m, "center") || Is(m, "centre")) && (Is(m - 1, "medical") || Is(m - 1, "trauma"))))
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
}
