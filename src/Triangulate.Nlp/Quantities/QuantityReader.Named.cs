using System.Collections.Frozen;
using Triangulate.Core.Annotations;
using Triangulate.Core.Model;

namespace Triangulate.Nlp.Quantities;

/// <summary>People the entity layer names, counted one each ("Kim Reyes was pronounced dead"), and the hurt who died later.</summary>
internal sealed partial class QuantityReader
{
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

        var m = from + 1;
        for (; m < Count && m < from + 25 && !IsSentenceEnd(m); m++)
        {
            if (IsDeathWord(m))
            {
                return CountedKeys.Deaths;
            }
        }

        return DiedInNextSentence(m, key);
    }

    // The one who shot is not the one who was hurt: "a girl wounded … The suspect died after being shot by police".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Offenders =
        Set("suspect", "gunman", "shooter", "attacker", "killer", "robber", "assailant", "officer", "deputy", "trooper");

    private bool IsDeathWord(int m) =>
        Is(m, "died") || Is(m, "dies") || (Is(m, "dead") && Is(m - 1, "pronounced")) || Is(m, "succumbed") || Is(m, "deceased") || (Is(m, "away") && Is(m - 1, "passed"));

    /// <summary>The last token of "he", "she" or a definite person ("the boy", "the 19-year-old victim", "the gunshot wound victim") at s, or -1.</summary>
    private int DefiniteSubjectEnd(int s)
    {
        if (Is(s, "he") || Is(s, "she"))
        {
            return s;
        }

        if (!Is(s, "the"))
        {
            return -1;
        }

        for (var m = s + 1; m < Count && m <= s + 7 && (IsWord(m) || IsNumber(m) || IsPunct(m, '-')); m++)
        {
            if (IsWord(m) && CountedLexicon.Person.TryGetValue(Span(m), out _))
            {
                return Offenders.Contains(Span(m)) ? -1 : m;
            }

            if (Is(m, "old") && IsPunct(m - 1, '-') && IsWord(m + 1) && (Auxiliary(m + 1) || Is(m + 1, "died")))
            {
                return m; // "The 15-year-old was pronounced dead"
            }

            if (IsWord(m) && (Auxiliary(m) || CountedLexicon.PredicateKey(Span(m)) is not null))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "found a man suffering from a gunshot wound. He was taken to a hospital, where he was pronounced dead": the sentence
    /// after the one that names a single hurt person opens on a pronoun or a definite person ("he", "the boy", "the victim")
    /// as its subject and says that person died. Reported speech ("He said his brother died") and another person named or
    /// counted before the death word ("She and a friend", "two others later died") break the chain.
    /// </summary>
    private string DiedInNextSentence(int end, string key)
    {
        if (end >= Count || !IsSentenceEnd(end) || !IsPunct(end, '.'))
        {
            return key;
        }

        var s = end + 1;
        var subjectEnd = DefiniteSubjectEnd(s);
        if (subjectEnd < 0 || Is(subjectEnd + 1, "and") || Is(subjectEnd + 1, "said") || Is(subjectEnd + 1, "says") || Is(subjectEnd + 1, "told"))
        {
            return key;
        }

        for (var m = subjectEnd + 1; m < Count && m < subjectEnd + 25 && !IsSentenceEnd(m); m++)
        {
            if (IsDeathWord(m))
            {
                return CountedKeys.Deaths;
            }

            if (IsNumber(m) || Is(m, "said") || Is(m, "says") || Is(m, "told") || Is(m, "another") || Is(m, "others") || Is(m, "both") || Is(m, "they")
                || Is(m, "expected") || Is(m, "survive") || Is(m, "survived"))
            {
                return key;
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
}
