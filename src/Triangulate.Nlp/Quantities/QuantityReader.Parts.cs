using Triangulate.Core.Annotations;
using Triangulate.Nlp.Dates;

namespace Triangulate.Nlp.Quantities;

/// <summary>
/// Counts that are part of another ("including five children", "three of them critically") and what stands between a
/// count and its predicate (an apposition, ages, a coordinated count).
/// </summary>
internal sealed partial class QuantityReader
{
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

    private bool IsDash(int i) => IsPunct(i, '-') || IsPunct(i, '\u2013') || IsPunct(i, '\u2014');

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

        // "12 of the 300 passengers and crew were confirmed dead": the whole a bare count is part of stands before its
        // predicate ("25 of the 60 injured remained" stops at the whole's own predicate, which says the same).
        if (Is(k, "of") && (Is(k + 1, "the") || Is(k + 1, "those")) && (IsNumber(k - 1) || (IsWord(k - 1) && NumberWords.Units.TryGetValue(Span(k - 1), out _))))
        {
            var people = false;
            for (var m = k + 2; m < Count && m < k + 9 && !IsSentenceEnd(m); m++)
            {
                if (IsWord(m) && (CountedLexicon.Auxiliaries.TryGetValue(Span(m), out _) || CountedLexicon.PredicateKey(Span(m)) is not null))
                {
                    return people ? m : k;
                }

                people |= IsWord(m) && CountedLexicon.People.TryGetValue(Span(m), out _);
                if (!(IsWord(m) || IsNumber(m)))
                {
                    break;
                }
            }
        }

        // "The three bank workers - two women and a man - were killed", "two managers, Paul Riva and Alan Steinberg, were
        // wounded": an apposition between dashes, or of names between commas, before the predicate.
        if (IsDash(k) && IsWord(k + 1))
        {
            for (var m = k + 1; m < Count && m < k + 10 && !IsSentenceEnd(m); m++)
            {
                if (IsDash(m))
                {
                    return IsWord(m + 1) ? m + 1 : k;
                }
            }
        }

        if (IsPunct(k, ',') && IsCapitalised(k + 1))
        {
            for (var m = k + 1; m < Count && m < k + 10 && !IsSentenceEnd(m); m++)
            {
                if (IsPunct(m, ','))
                {
                    return IsWord(m + 1) && CountedLexicon.Auxiliaries.TryGetValue(Span(m + 1), out _) ? m + 1 : k;
                }

                if (!(IsCapitalised(m) || Is(m, "and") || IsPunct(m, '.')))
                {
                    break;
                }
            }
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
}
