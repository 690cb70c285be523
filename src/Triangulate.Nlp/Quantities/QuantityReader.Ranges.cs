namespace Triangulate.Nlp.Quantities;

/// <summary>Ranges: "between 10 and 15", "10-15", "$3 to $5 billion" (the scale written once after the high end is the
/// low end's too).</summary>
internal sealed partial class QuantityReader
{
    private int ReadRange(int end, bool money, ref string? qualifier, ref double value, out double valueMax)
    {
        valueMax = value;
        var sep = end + 1;
        var isRange = IsPunct(sep, '-') || IsPunct(sep, '–') || Is(sep, "to") || (qualifier == null && Is(sep, "and") && IsBetween(end));
        if (!isRange)
        {
            return end;
        }

        var k = sep + 1;
        if (money && (IsPunct(k, '$') || IsPunct(k, '£') || IsPunct(k, '€')))
        {
            k++;
        }

        // The high end may be written in words ("six to seven million", "two and three hundred").
        if (!(IsNumber(k) || (IsWord(k) && NumberWords.Units.TryGetValue(Span(k), out _))) || !ReadNumber(k, money, out var high, out var highEnd, out _))
        {
            return end;
        }

        // "between 2 and 3 million", "$3 to $5 billion": the scale written once after the high end is the low end's
        // too, unless the low end scaled would pass the high one ("500 to 2 million" stays 500).
        var scale = ScaleOf(k, highEnd);
        if (ScaleOf(end, end) == 1 && scale > 1 && value * scale <= high)
        {
            value *= scale;
        }

        if (high < value)
        {
            return end;
        }

        if (IsYearLike(k))
        {
            return end;
        }

        qualifier = "range";
        valueMax = high;
        return highEnd;
    }

    /// <summary>The product of the scales written in tokens <paramref name="from"/>..<paramref name="to"/>: scale words
    /// ("million", "mln") and scales glued onto a number ("5bn"); 1 when there are none.</summary>
    private double ScaleOf(int from, int to)
    {
        var product = 1.0;
        for (var t = from; t <= to && t < Count; t++)
        {
            if (IsNumber(t) && Suffix(t) is { Length: > 0 } suffix && NumberWords.Scales.TryGetValue(suffix, out var glued))
            {
                product *= glued;
            }
            else if (IsWord(t) && !Is(t, "m") && !Is(t, "b") && !Is(t, "k") && NumberWords.Scales.TryGetValue(Span(t), out var word))
            {
                product *= word;
            }
        }

        return product;
    }

    private bool IsBetween(int end)
    {
        for (var k = end; k >= 0 && k > end - 4; k--)
        {
            if (Is(k, "between"))
            {
                return true;
            }
        }

        return false;
    }
}
