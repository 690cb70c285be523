using System.Text.RegularExpressions;
using Triangulate.Core.Annotations;

namespace Triangulate.Nlp.Quantities;

/// <summary>
/// Figures read with the figure before them or not at all: a conversion in brackets shares the bound of the figure it
/// converts ("about 58 km (36 miles)"), and a magnitude in a generic statement ("a magnitude 6.0 quake can cause
/// severe damage") measures no quake.
/// </summary>
internal sealed partial class QuantityReader
{
    private const int LookBehind = 40;

    [GeneratedRegex(@"\ban?\s+(?:magnitude\W*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex IndefiniteBefore();

    [GeneratedRegex(@"^\W*(?:(?:magnitude\W*)?(?:quake|earthquake|temblor|tremor)s?\s+)?(?:can|could|may|might|would|will)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GenericAfter();

    /// <summary>"about 58 km (36 miles)": the figure in brackets converts the one before and shares its bound; a
    /// converted length is the same measure too ("18.5 km (11.5 miles) deep": both are the depth).</summary>
    private QuantityAnnotation Conversion(QuantityAnnotation q, List<QuantityAnnotation> earlier)
    {
        if (earlier.Count == 0 || earlier[^1] is not { } before
            || _text.AsSpan(before.Span.End, Math.Max(0, q.Span.Start - before.Span.End)).Trim() is not "(")
        {
            return q;
        }

        if (IsLength(before.Counted) && IsLength(q.Counted) && before.Counted != q.Counted)
        {
            q = q with { Counted = before.Counted, Scope = before.Scope };
        }

        return q.Qualifier is null && before.Qualifier is { } qualifier && before.Counted == q.Counted ? q with { Qualifier = qualifier } : q;
    }

    private static bool IsLength(string counted) => counted is CountedKeys.Distance or CountedKeys.Depth;

    /// <summary>"A magnitude 6.0 quake can cause severe damage": a kind of quake, not a measurement.</summary>
    private bool IsGeneric(QuantityAnnotation q) =>
        q.Counted == CountedKeys.Magnitude
        && IndefiniteBefore().IsMatch(Before(q.Span.Start))
        && GenericAfter().IsMatch(_text.AsSpan(q.Span.End, Math.Min(LookBehind, _text.Length - q.Span.End)).ToString());

    private string Before(int at) => _text[Math.Max(0, at - LookBehind)..at];
}
