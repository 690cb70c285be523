using Triangulate.Core.Annotations;

namespace Triangulate.Nlp.Quantities;

/// <summary>
/// What the article says as a whole: a singular mention ("a man was killed") yields to a count the article states
/// ("three people were killed"), and people shot that the article does not count among the dead are injured
/// ("seven were shot, one fatally" → 6 injured; "three people were shot" with no death anywhere → 3 injured).
/// </summary>
internal sealed partial class QuantityReader
{
    private List<QuantityAnnotation> Consolidate(List<QuantityAnnotation> all)
    {
        var stated = new HashSet<string>(StringComparer.Ordinal);
        var deaths = -1.0;
        var injuredStated = false;
        foreach (var q in all)
        {
            if (q.Scope is not null || !CountedKeys.IsEventCount(q.Counted))
            {
                continue;
            }

            if (!q.Implicit && q.Value >= 1)
            {
                stated.Add(q.Counted);
            }

            deaths = q.Counted == CountedKeys.Deaths ? Math.Max(deaths, q.Value) : deaths;
            injuredStated |= q.Counted == CountedKeys.Injured && !q.Implicit;
        }

        var oneName = OneNamePerKey();
        var result = new List<QuantityAnnotation>(all.Count);
        var derived = new HashSet<double>();
        foreach (var read in all)
        {
            if (IsGeneric(read))
            {
                continue;
            }

            var q = Conversion(read, result);
            if (q.Implicit && q.Value == 1 && stated.Contains(q.Counted))
            {
                continue; // one person of a stated count
            }

            if (_named.Contains(q) && (!oneName.Contains(q.Counted) || (q.Counted != CountedKeys.Deaths && DiedByName(q))))
            {
                continue; // several named people: each is one of the count, none is the count; one hurt who is named dead elsewhere died
            }

            result.Add(q);
            if (q.Counted == CountedKeys.Casualties && q.Scope is null && !injuredStated && q.Bound == Bounds.Exact && Survivors(q.Value, deaths) is { } survivors && derived.Add(survivors))
            {
                result.Add(new QuantityAnnotation(q.Span, survivors, q.Unit, q.Qualifier, "shot and survived")
                {
                    Counted = CountedKeys.Injured,
                    Noun = q.Noun,
                    Implicit = true,
                });
            }
        }

        return result;
    }

    private bool DiedByName(QuantityAnnotation hurt)
    {
        var surname = Surname(hurt.Noun!);
        foreach (var q in _named)
        {
            if (q.Counted == CountedKeys.Deaths && Surname(q.Noun!) == surname)
            {
                return true;
            }
        }

        return false;
    }

    private static string Surname(string name) => name[(name.LastIndexOf(' ') + 1)..];

    /// <summary>The keys for which every named mention names the same person and no "a man"-style mention competes.</summary>
    private HashSet<string> OneNamePerKey()
    {
        var names = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var q in _named)
        {
            var surname = Surname(q.Noun!);
            names[q.Counted] = names.TryGetValue(q.Counted, out var seen) && seen != surname ? null : surname;
        }

        foreach (var q in _implicit)
        {
            if (!_named.Contains(q) && q.Value == 1 && names.ContainsKey(q.Counted))
            {
                names[q.Counted] = null;
            }
        }

        return [.. names.Where(kv => kv.Value is not null).Select(kv => kv.Key)];
    }

    /// <summary>People shot less the dead; with no death stated, all of them, unless the article speaks of a death at all.</summary>
    private double? Survivors(double shot, double deaths)
    {
        if (deaths >= 0)
        {
            return deaths < shot ? shot - deaths : null;
        }

        return HasDeathWord() ? null : shot;
    }

    private bool HasDeathWord()
    {
        _hasDeathWord ??= FindDeathWord();
        return _hasDeathWord.Value;
    }

    private bool FindDeathWord()
    {
        for (var i = 0; i < Count; i++)
        {
            if (IsWord(i) && (CountedLexicon.PredicateKey(Span(i)) == CountedKeys.Deaths || Is(i, "death") || Is(i, "deaths") || Is(i, "fatal")
                || Is(i, "homicide") || Is(i, "murdered") || (Is(i, "away") && Is(i - 1, "passed"))))
            {
                return true;
            }
        }

        return false;
    }
}
