namespace Triangulate.Nlp.Quantities;

/// <summary>
/// The place a distance is measured from: "72 km south-west of Marrakesh", "940 miles south of Tehran", "1,150
/// kilometers (700 miles) southeast of Tehran" give the scope "from Tehran", so that outlets' distances of one
/// epicentre from one city form a track while the length of a boat or the height of a fall do not.
/// </summary>
internal sealed partial class QuantityReader
{
    private const int MaxConversionTokens = 8;
    private const int MaxPlaceWords = 3;

    /// <summary>"58km": the unit written onto a number token, or null.</summary>
    private string? GluedUnit(int k) =>
        IsNumber(k) && _tokens[k].DigitsEnd < _tokens[k].End && Units.TryGetValue(Suffix(k), out _) ? Suffix(k).ToString() : null;

    /// <summary>The token after a bracketed conversion that starts at <paramref name="k"/> ("(11.5 miles)"), else
    /// <paramref name="k"/>.</summary>
    private int AfterConversion(int k)
    {
        if (!IsPunct(k, '('))
        {
            return k;
        }

        for (var close = k + 1; close < Count && close <= k + MaxConversionTokens; close++)
        {
            if (IsPunct(close, ')'))
            {
                return close + 1;
            }
        }

        return k;
    }

    /// <param name="k">The token after the unit.</param>
    private string? DistanceReference(int k)
    {
        k = AfterConversion(k);
        k = IsPunct(k, ')') ? k + 1 : k;
        var directions = 0;
        while (IsDirection(k) || (directions > 0 && IsPunct(k, '-')))
        {
            directions += IsDirection(k) ? 1 : 0;
            k++;
        }

        if (!(Is(k, "of") && (directions > 0 || IsDirection(k - 1))) && !Is(k, "from"))
        {
            return null;
        }

        var first = k + 1;
        var last = first - 1;
        while (last + 1 < Count && last + 1 < first + MaxPlaceWords && IsWord(last + 1) && char.IsUpper(Span(last + 1)[0]))
        {
            last++;
        }

        return last < first ? null : "from " + _text[_tokens[first].Start.._tokens[last].End];
    }

    private bool IsDirection(int k) =>
        IsWord(k) && (IsCompassWord(k) || (IsPunct(k - 1, '-') && IsCompassWord(k - 2)));

    private bool IsCompassWord(int k) =>
        IsWord(k) && (Is(k, "north") || Is(k, "south") || Is(k, "east") || Is(k, "west") || Is(k, "northeast") || Is(k, "northwest")
            || Is(k, "southeast") || Is(k, "southwest") || Is(k, "northeastern") || Is(k, "southwestern") || Is(k, "northwestern")
            || Is(k, "southeastern") || Is(k, "northern") || Is(k, "southern") || Is(k, "eastern") || Is(k, "western"));
}
