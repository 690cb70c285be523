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
