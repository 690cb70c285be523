using Triangulate.Core.Annotations;
using Triangulate.Core.Model;

namespace Triangulate.Nlp.Quantities;

/// <summary>Counts that a word implies: zero ("no one was hurt") and multiples ("a double shooting", "a triple homicide").</summary>
internal sealed partial class QuantityReader
{
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
}
