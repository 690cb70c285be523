using Triangulate.Core.Annotations;
using Triangulate.Core.Model;

namespace Triangulate.Nlp.Quantities;

/// <summary>
/// Counts that no number states: "a man was killed" (1 death), "killing a 23-year-old woman" (1), "one dead",
/// "no one was hurt" (0), "a double shooting" (2 shot), "a triple homicide" (3 deaths).
/// </summary>
internal sealed partial class QuantityReader
{
    private void ReadImplicit()
    {
        var taken = 0; // index into _found of the first quantity that may overlap the current token
        for (var t = 0; t < Count; t++)
        {
            while (taken < _found.Count && _found[taken].Span.End <= _tokens[t].Start)
            {
                taken++;
            }

            if (!IsWord(t) || (taken < _found.Count && _found[taken].Span.Start <= _tokens[t].Start && _found[taken].Counted != CountedKeys.Age))
            {
                continue;
            }

            var q = Multiple(t) ?? Nobody(t) ?? OnePerson(t) ?? NamedPerson(t);
            if (q is not null && !OverlapsCount(taken, q.Span))
            {
                _implicit.Add(q);
                t = TokenAt(q.Span.End - 1, t);
            }
        }
    }

    /// <summary>True when a count read from a number overlaps <paramref name="span"/>; an age ("a 23-year-old man") does not count.</summary>
    private bool OverlapsCount(int from, TextSpan span)
    {
        for (var f = from; f < _found.Count && _found[f].Span.Start < span.End; f++)
        {
            if (_found[f].Counted != CountedKeys.Age && _found[f].Span.End > span.Start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"a man", "an 18-year-old woman", "another victim", "one person", "one" with the predicate that counts them.</summary>
    private QuantityAnnotation? OnePerson(int det)
    {
        if (!CountedLexicon.Determiners.TryGetValue(Span(det), out _) || IsNumber(det - 1) || Is(det - 1, "no"))
        {
            return null;
        }

        var isOne = Is(det, "one") || (Is(det, "another") && IsWord(det + 1) && CountedLexicon.PredicateKey(Span(det + 1)) is not null);
        if (isOne && Is(det + 1, "shot"))
        {
            return null; // "fired one shot"
        }

        var head = PersonHead(det + 1);
        if (head < 0 && !isOne)
        {
            return null;
        }

        var afterHead = head < 0 ? det + 1 : head + 1;
        if (Is(afterHead, "of") && isOne && head < 0)
        {
            afterHead = SkipOfGroup(afterHead);
        }

        if (IsPartMention(det, head))
        {
            return null;
        }

        var p = SkipAgeAppositive(afterHead);
        if (Is(p, "also") || Is(p + 1, "also") || Is(p, "were") || Is(p, "are") || Is(p, "have"))
        {
            return null; // "a woman also was injured" adds to a count; "a man and a woman were" is a coordinated subject
        }

        var key = PredicateAfterCount(p, out var strong, out var scope);
        int from = det, to = LastPredicateToken(p);
        if (key is null || !strong)
        {
            // Object of a verb: "killing a man", "shot and wounded an 18-year-old woman".
            key = head >= 0 ? GoverningVerb(det) : null;
            (scope, to) = (null, head);
        }

        if (key is null || !CountedKeys.IsEventCount(key) || key == CountedKeys.Buildings)
        {
            return null;
        }

        key = DiedLater(to, key);
        var noun = head < 0 ? null : Is(head, "old") ? _text[_tokens[det + 1].Start.._tokens[head].End] : Span(head).ToString();
        return new QuantityAnnotation(TextSpan.FromBounds(_tokens[from].Start, _tokens[Math.Max(from, to)].End), 1, noun is null ? null : Lemma(noun))
        {
            Counted = key,
            Noun = noun,
            Scope = scope,
            Implicit = true,
        };
    }

    private static readonly string[] Prepositions =
        ["of", "for", "with", "about", "from", "to", "by", "near", "like", "than", "whether", "involving", "against", "into"];

    /// <summary>
    /// A singular mention that is part of a larger count rather than the count itself: after a preposition ("the family of a man
    /// killed"), ordinal or additive ("a third person has died", "another unidentified man"), or coordinated with other people
    /// ("two females and one male dead", "a woman and a child").
    /// </summary>
    private bool IsPartMention(int det, int head)
    {
        foreach (var preposition in Prepositions)
        {
            if (Is(det - 1, preposition))
            {
                return true;
            }
        }

        for (var m = det + 1; m < head; m++)
        {
            if (Is(m, "second") || Is(m, "third") || Is(m, "fourth") || Is(m, "fifth") || Is(m, "sixth") || Is(m, "additional") || Is(m, "other") || Is(m, "more"))
            {
                return true;
            }
        }

        var before = det - 1;
        if ((Is(before, "and") || IsPunct(before, ',') || IsPunct(before, '&')) && (IsNumber(before - 1) || (IsWord(before - 1) && CountedLexicon.PredicateKey(Span(before - 1)) is null && (CountedLexicon.People.TryGetValue(Span(before - 1), out _) || CountedLexicon.Person.TryGetValue(Span(before - 1), out _) || NumberWords.Units.TryGetValue(Span(before - 1), out _)))))
        {
            return true;
        }

        var after = head < 0 ? det + 1 : head + 1;
        return Is(after, "and") && (IsNumber(after + 1) || (IsWord(after + 1) && (CountedLexicon.Determiners.TryGetValue(Span(after + 1), out _) || NumberWords.Units.TryGetValue(Span(after + 1), out _) || CountedLexicon.Person.TryGetValue(Span(after + 1), out _) || Is(after + 1, "his") || Is(after + 1, "her"))));
    }

    /// <summary>"Ryan Welch, 4, was killed", "Deputy Jason Hagen died": a person the entity layer names, with the predicate that counts them.</summary>
    private QuantityAnnotation? NamedPerson(int t)
    {
        var end = PersonEndingAt(t);
        if (end < 0 || IsPartMention(t, end))
        {
            return null;
        }

        var p = SkipAgeAppositive(end + 1);
        if (Is(p, "also") || Is(p + 1, "also") || Is(p, "were") || Is(p, "and"))
        {
            return null;
        }

        var key = PredicateAfterCount(p, out var strong, out var scope);
        if (key is null || !strong)
        {
            (key, scope) = (GoverningVerb(AgeBefore(t)), null); // "killed 17-year-old Kyle Sheriff"
        }

        if (key is not (CountedKeys.Deaths or CountedKeys.Injured or CountedKeys.Casualties))
        {
            return null;
        }

        key = DiedLater(LastPredicateToken(p), key);
        var q = new QuantityAnnotation(TextSpan.FromBounds(_tokens[t].Start, _tokens[Math.Max(end, LastPredicateToken(p))].End), 1)
        {
            Counted = key,
            Noun = _text[_tokens[t].Start.._tokens[end].End],
            Scope = scope,
            Implicit = true,
        };
        _named.Add(q);
        return q;
    }

    /// <summary>The first token of "17-year-old" right before a name (or the name's own first token).</summary>
    private int AgeBefore(int t) =>
        Is(t - 1, "old") && IsPunct(t - 2, '-') && IsAgeUnit(t - 3) && IsPunct(t - 4, '-') && IsNumber(t - 5) ? t - 5 : t;

    /// <summary>"was taken to hospital, where he died", "suffered a wound and later died": one person hurt who died in the same sentence is a death.</summary>
    private string DiedLater(int from, string key)
    {
        if (key is not (CountedKeys.Injured or CountedKeys.Casualties))
        {
            return key;
        }

        for (var m = from + 1; m < Count && m < from + 25 && !IsSentenceEnd(m); m++)
        {
            if (Is(m, "died") || Is(m, "dies") || (Is(m, "dead") && Is(m - 1, "pronounced")) || Is(m, "succumbed") || Is(m, "deceased"))
            {
                return CountedKeys.Deaths;
            }
        }

        return key;
    }

    /// <summary>The last token of the person name that starts at token t, or -1 when none starts there.</summary>
    private int PersonEndingAt(int t)
    {
        while (_person < _persons.Count && _persons[_person].Start < _tokens[t].Start)
        {
            _person++;
        }

        if (_person >= _persons.Count || _persons[_person].Start != _tokens[t].Start)
        {
            return -1;
        }

        var end = t;
        while (end + 1 < Count && _tokens[end + 1].End <= _persons[_person].End)
        {
            end++;
        }

        return end;
    }

    /// <summary>The singular person noun after a determiner and its modifiers ("a 19-year-old Chicago man"), or -1.</summary>
    private int PersonHead(int k)
    {
        for (var m = k; m < Count && m < k + 7; m++)
        {
            if (IsWord(m) && CountedLexicon.Person.TryGetValue(Span(m), out _))
            {
                return IsPunct(m + 1, '\'') || IsPunct(m + 1, '’') ? -1 : m;
            }

            if (Is(m, "old") && IsPunct(m - 1, '-') && (IsPunct(m + 1, ',') || (IsWord(m + 1) && (Auxiliary(m + 1) || CountedLexicon.PredicateKey(Span(m + 1)) is not null))))
            {
                return m; // "an 18-year-old was shot and killed"
            }

            if ((IsPunct(m, '\'') || IsPunct(m, '’')) && Is(m + 1, "s") && m > k)
            {
                m++; // "a sheriff's deputy"
                continue;
            }

            var modifier = (IsWord(m) && !Stop.TryGetValue(Span(m), out _) && CountedLexicon.PredicateKey(Span(m)) is null && !Auxiliary(m))
                || (IsNumber(m) && IsPunct(m + 1, '-')) || (IsPunct(m, '-') && Touch(m - 1));
            if (!modifier || (m > k && ParagraphBreakBefore(m)))
            {
                return -1;
            }
        }

        return -1;
    }

    private bool Auxiliary(int m) => CountedLexicon.Auxiliaries.TryGetValue(Span(m), out _);

    /// <summary>"one of the victims", "one of them": the predicate follows the group.</summary>
    private int SkipOfGroup(int k)
    {
        if (Is(k + 1, "them") || Is(k + 1, "whom") || Is(k + 1, "those"))
        {
            return k + 2;
        }

        for (var m = k + 1; m < Count && m < k + 5; m++)
        {
            if (IsWord(m) && (CountedLexicon.People.TryGetValue(Span(m), out _) || Is(m, "men") || Is(m, "victims")))
            {
                return m + 1;
            }
        }

        return k;
    }

    /// <summary>", 23," "(23)" or "in his 20s" between a person and the predicate.</summary>
    private int SkipAgeAppositive(int k)
    {
        if (IsPunct(k, ',') && IsNumber(k + 1) && IsPunct(k + 2, ','))
        {
            return k + 3;
        }

        if (IsPunct(k, '(') && IsNumber(k + 1) && IsPunct(k + 2, ')'))
        {
            return k + 3;
        }

        if (Is(k, "in") && (Is(k + 1, "his") || Is(k + 1, "her") || Is(k + 1, "their")) && IsNumber(k + 2))
        {
            return k + 3;
        }

        return k;
    }

    /// <summary>The last word of the predicate that starts at or after k (for the evidence span).</summary>
    private int LastPredicateToken(int k)
    {
        var m = k;
        while (m + 1 < Count && m < k + 6 && IsWord(m + 1) && (CountedLexicon.Auxiliaries.TryGetValue(Span(m), out _) || Is(m, "of") || Is(m, "them") || Is(m, "the") || Is(m, "in") || Is(m, "shot") || Is(m, "and") || Is(m, "on")))
        {
            m++;
        }

        return IsWord(m) ? m : Math.Max(k - 1, 0);
    }

    /// <summary>"no one was hurt", "nobody was killed", "no injuries were reported": a count of zero (not "no one else").</summary>
    private QuantityAnnotation? Nobody(int t)
    {
        int after;
        if (Is(t, "nobody") || (Is(t, "no") && Is(t + 1, "one")))
        {
            after = Is(t, "no") ? t + 2 : t + 1;
            if (Is(after, "else") || Is(after, "other") || Is(t - 1, "almost") || Is(t - 1, "nearly"))
            {
                return null;
            }

            // "no one was hurt" counts zero; "no one was seriously hurt", "no one was injured inside" do not.
            var p = after;
            while (p < after + 3 && (Is(p, "was") || Is(p, "were") || Is(p, "has") || Is(p, "had") || Is(p, "been") || Is(p, "is")))
            {
                p++;
            }

            var key = p > after && IsWord(p) ? CountedLexicon.PredicateKey(Span(p)) : null;
            return key is CountedKeys.Deaths or CountedKeys.Injured && !Is(p, "critically") && !Is(p, "seriously")
                && (!IsWord(p + 1) || (Is(p + 1, "in") && Is(p + 2, "the")) || Is(p + 1, "during"))
                ? Zero(t, p, key)
                : null;
        }

        if (Is(t, "no") && IsWord(t + 1) && CountedLexicon.CountedNouns.TryGetValue(Span(t + 1), out var nounKey)
            && nounKey is CountedKeys.Deaths or CountedKeys.Injured or CountedKeys.Casualties
            && (Is(t + 2, "were") || Is(t + 2, "was") || Is(t + 2, "have") || Is(t + 2, "has") || Is(t + 2, "reported")))
        {
            return Zero(t, t + 1, nounKey);
        }

        return null;
    }

    private QuantityAnnotation Zero(int from, int to, string key) =>
        new(TextSpan.FromBounds(_tokens[from].Start, _tokens[Math.Max(from, to)].End), 0) { Counted = key, Implicit = true };

    /// <summary>"a double shooting" (2 shot), "a triple homicide" (3 deaths).</summary>
    private QuantityAnnotation? Multiple(int t)
    {
        var n = Is(t, "double") ? 2 : Is(t, "triple") ? 3 : Is(t, "quadruple") ? 4 : Is(t, "quintuple") ? 5 : 0;
        if (n == 0)
        {
            return null;
        }

        var k = Is(t + 1, "fatal") ? t + 2 : t + 1;
        var key = Is(k, "shooting") || Is(k, "shootings") ? (k > t + 1 ? CountedKeys.Deaths : CountedKeys.Casualties)
            : Is(k, "homicide") || Is(k, "murder") || Is(k, "slaying") || Is(k, "killing") || Is(k, "homicides") ? CountedKeys.Deaths
            : null;
        return key is null ? null : new QuantityAnnotation(TextSpan.FromBounds(_tokens[t].Start, _tokens[k].End), n) { Counted = key, Noun = Span(k).ToString(), Implicit = true };
    }

    private int TokenAt(int offset, int from)
    {
        var t = from;
        while (t + 1 < Count && _tokens[t + 1].Start <= offset)
        {
            t++;
        }

        return t;
    }
}
