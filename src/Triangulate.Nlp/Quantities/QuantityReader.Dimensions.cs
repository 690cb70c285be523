using Triangulate.Core.Annotations;

namespace Triangulate.Nlp.Quantities;

/// <summary>
/// What a bare dimension measures when the clause says it: the height of a fall ("fell about 600 metres", "has fallen
/// 2,000ft", "a 700-metre fall"), a person's weight ("weighing 130 pounds", "5-foot-8, 135 pounds", never money), and
/// villages a disaster hit ("flattening seven villages", "destruction in about 15 villages"). Each takes a scope that
/// names the measure, so the story's reports of it form one track and other lengths or counts stay out of it.
/// </summary>
internal sealed partial class QuantityReader
{
    private const string FallScope = "fall";

    /// <summary>The token before a figure, past its bound ("about", "some", "more than", "at least").</summary>
    private int BeforeBound(int first)
    {
        var k = first - 1;
        for (var n = 0; n < 3 && IsWord(k) && (Is(k, "about") || Is(k, "some") || Is(k, "nearly") || Is(k, "almost") || Is(k, "around")
            || Is(k, "roughly") || Is(k, "approximately") || Is(k, "over") || Is(k, "than") || Is(k, "more") || Is(k, "least") || Is(k, "at")
            || Is(k, "an") || Is(k, "estimated") || Is(k, "a")); n++)
        {
            k--;
        }

        return k;
    }

    /// <summary>"fell about 600 metres", "plunged 2,000 feet", "a 700-metre fall": the distance is the height of a fall.</summary>
    private bool IsFall(int first, int nounEnd)
    {
        var k = BeforeBound(first);
        if (IsWord(k) && (Is(k, "fell") || Is(k, "fallen") || Is(k, "falling") || Is(k, "falls") || Is(k, "fall") || Is(k, "plunged")
            || Is(k, "plunging") || Is(k, "plummeted") || Is(k, "plummeting") || Is(k, "tumbled") || Is(k, "tumbling")))
        {
            return true;
        }

        var after = IsPunct(nounEnd + 1, '-') ? nounEnd + 2 : nounEnd + 1;
        return Is(after, "fall") || Is(after, "plunge") || Is(after, "drop");
    }

    /// <summary>"weighing 130 pounds", "weighs about 200 lbs", "5-foot-8, 135 pounds": a weight, not money.</summary>
    private bool IsWeight(int first, int unitToken)
    {
        if (!(Is(unitToken, "pounds") || Is(unitToken, "pound") || Is(unitToken, "lbs") || Is(unitToken, "lb")))
        {
            return false;
        }

        var k = BeforeBound(first);
        if (IsWord(k) && Span(k).StartsWith("weigh", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // A height just before: "is 5 - foot - 8, 135 pounds", "6 feet tall and 200 pounds".
        for (var m = first - 1; m >= 0 && m >= first - 5 && !IsSentenceEnd(m); m--)
        {
            if (Is(m, "foot") || Is(m, "feet") || Is(m, "tall") || Is(m, "inches") || Is(m, "inch"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"seven villages", "about 15 villages": villages a disaster hit.</summary>
    private bool IsVillages(int head) => head >= 0 && (Is(head, "villages") || Is(head, "hamlets"));

    private string? ScopeOfDimension(string counted, string? scope, int first, int nounEnd) =>
        scope is null && counted == CountedKeys.Distance && IsFall(first, nounEnd) ? FallScope : scope;
}
