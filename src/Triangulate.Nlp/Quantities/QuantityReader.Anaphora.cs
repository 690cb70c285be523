using System.Text.RegularExpressions;
using Triangulate.Core.Annotations;

namespace Triangulate.Nlp.Quantities;

/// <summary>
/// Figures that are not new counts: a definite mention of a group the article has counted already ("three people were
/// shot … the three victims were taken to hospital" is the shot people again, not a count of the injured), and a
/// magnitude in a generic statement ("a magnitude 6.0 quake can cause severe damage" measures no quake).
/// </summary>
internal sealed partial class QuantityReader
{
    private const int LookBehind = 40;

    /// <summary>The hurt keys a later definite mention of the same people may carry; it then takes the first count's key.</summary>
    private static bool IsHurtKey(string counted) => counted is CountedKeys.Deaths or CountedKeys.Injured or CountedKeys.Casualties;

    [GeneratedRegex(@"\bthe\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex DefiniteBefore();

    [GeneratedRegex(@"\ban?\s+(?:magnitude\W*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex IndefiniteBefore();

    [GeneratedRegex(@"^\W*(?:(?:magnitude\W*)?(?:quake|earthquake|temblor|tremor)s?\s+)?(?:can|could|may|might|would|will)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GenericAfter();

    /// <summary>"the three victims" after "shot three people": the count the article gave first, with its key and scope.</summary>
    private QuantityAnnotation Resolve(QuantityAnnotation q, List<QuantityAnnotation> earlier)
    {
        if (q.Implicit || !IsHurtKey(q.Counted) || q.Counted == CountedKeys.Deaths || !DefiniteBefore().IsMatch(Before(q.Span.Start)))
        {
            return q;
        }

        for (var i = earlier.Count - 1; i >= 0; i--)
        {
            var first = earlier[i];
            if (!first.Implicit && first.Value == q.Value && IsHurtKey(first.Counted))
            {
                return first.Counted == q.Counted && first.Scope == q.Scope ? q : q with { Counted = first.Counted, Scope = first.Scope };
            }
        }

        return q;
    }

    /// <summary>"about 58 km (36 miles)": the figure in brackets converts the one before and shares its bound.</summary>
    private QuantityAnnotation Conversion(QuantityAnnotation q, List<QuantityAnnotation> earlier)
    {
        if (q.Qualifier is not null || earlier.Count == 0 || earlier[^1] is not { Qualifier: { } qualifier } before || before.Counted != q.Counted)
        {
            return q;
        }

        var between = _text.AsSpan(before.Span.End, Math.Max(0, q.Span.Start - before.Span.End)).Trim();
        return between is "(" ? q with { Qualifier = qualifier } : q;
    }

    /// <summary>"A magnitude 6.0 quake can cause severe damage": a kind of quake, not a measurement.</summary>
    private bool IsGeneric(QuantityAnnotation q) =>
        q.Counted == CountedKeys.Magnitude
        && IndefiniteBefore().IsMatch(Before(q.Span.Start))
        && GenericAfter().IsMatch(_text.AsSpan(q.Span.End, Math.Min(LookBehind, _text.Length - q.Span.End)).ToString());

    private string Before(int at) => _text[Math.Max(0, at - LookBehind)..at];
}
