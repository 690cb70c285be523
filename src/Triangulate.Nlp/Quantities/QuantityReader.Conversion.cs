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
