using System.Globalization;

namespace Triangulate.Nlp.Dates;

/// <summary>Quarters, halves, decades, centuries and the modifiers that wrap other expressions.</summary>
internal sealed partial class TimexMatcher
{
    private static readonly string[] DecadeWords = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];

    /// <summary>"the third quarter", "third-quarter", "the first half of 2013", "the fiscal first quarter", "Q3".</summary>
    private bool TryOrdinalPeriod(int i, out TimexCandidate c)
    {
        c = default;
        var j = i;
        if (Fn(j, TimexFunction.The))
        {
            j++;
        }

        if (Fn(j, TimexFunction.Fiscal))
        {
            j++;
        }

        int ordinal = W(j).Ordinal;
        if (ordinal == 0 && IsNumber(j) && DigitCount(j) == 1 && Suffix(j).Length == 2)
        {
            ordinal = IntAt(j);
        }

        if (ordinal is < 1 or > 4)
        {
            return TryQuarterCode(i, out c);
        }

        var k = j + 1;
        if (IsPunct(k, '-') && Touch(j) && Touch(k))
        {
            k++;
        }

        if (Fn(k, TimexFunction.Fiscal))
        {
            k++;
        }

        var isQuarter = W(k).Unit == TimeUnit.Quarter && !W(k).Plural;
        var isHalf = Fn(k, TimexFunction.Half) && ordinal <= 2;
        if (!isQuarter && !isHalf)
        {
            return false;
        }

        var last = k;
        var year = -1;
        if (Fn(k + 1, TimexFunction.Of) && IsYear(k + 2))
        {
            last = k + 2;
            year = IntAt(last);
        }
        else if (IsYear(k + 1))
        {
            last = k + 1;
            year = IntAt(last);
        }

        if (year < 0 && _ref is { } r)
        {
            var current = isQuarter ? TimexValues.QuarterOf(r) : (r.Month <= 6 ? 1 : 2);
            year = ordinal > current && !IsFuture(i) ? r.Year - 1 : r.Year;
        }

        string? value = year < 0 ? null : TimexValues.Year(year) + (isQuarter ? "-Q" : "-H") + ordinal.ToString(CultureInfo.InvariantCulture);
        c = new TimexCandidate(i, last, "DATE", value);
        return true;
    }

    private bool TryQuarterCode(int i, out TimexCandidate c)
    {
        c = default;
        if (!Is(i, "Q") || !Touch(i) || !IsNumber(i + 1) || IntAt(i + 1) is < 1 or > 4 || DigitCount(i + 1) != 1)
        {
            return false;
        }

        var last = i + 1;
        var year = _ref?.Year ?? -1;
        if (IsYear(i + 2))
        {
            last = i + 2;
            year = IntAt(last);
        }

        c = new TimexCandidate(i, last, "DATE", year < 0 ? null : TimexValues.Quarter(year, IntAt(i + 1)));
        return true;
    }

    /// <summary>"the 1990s", "the '80s", "the nineties", "the 20th century".</summary>
    private bool TryDecade(int i, out TimexCandidate c)
    {
        c = default;
        var j = Fn(i, TimexFunction.The) ? i + 1 : i;
        if (IsPunct(j, '\'') || IsPunct(j, '’'))
        {
            if (IsNumber(j + 1) && DigitCount(j + 1) == 2 && Suffix(j + 1).Equals("s", StringComparison.OrdinalIgnoreCase) && Touch(j))
            {
                var d = IntAt(j + 1);
                c = new TimexCandidate(i, j + 1, "DATE", (d < 30 ? "20" : "19") + (d / 10).ToString(CultureInfo.InvariantCulture));
                return true;
            }

            return false;
        }

        if (IsNumber(j) && DigitCount(j) == 4 && Suffix(j).Equals("s", StringComparison.OrdinalIgnoreCase))
        {
            var y = IntAt(j);
            if (y % 10 == 0 && y is >= 1000 and < 2200)
            {
                c = new TimexCandidate(i, j, "DATE", (y / 10).ToString(CultureInfo.InvariantCulture));
                return true;
            }

            return false;
        }

        if (j != i && j < Count && _tokens[j].Kind == ScanKind.Word)
        {
            for (var k = 0; k < DecadeWords.Length; k++)
            {
                if (Span(j).Equals(DecadeWords[k], StringComparison.OrdinalIgnoreCase))
                {
                    c = new TimexCandidate(i, j, "DATE", "19" + (k + 2).ToString(CultureInfo.InvariantCulture));
                    return true;
                }
            }
        }

        if (j != i && IsNumber(j) && DigitCount(j) <= 2 && Suffix(j).Length == 2 && W(j + 1).Unit == TimeUnit.Century && !W(j + 1).Plural)
        {
            c = new TimexCandidate(i, j + 1, "DATE", (IntAt(j) - 1).ToString("D2", CultureInfo.InvariantCulture));
            return true;
        }

        return false;
    }

    /// <summary>early/late/mid and earlier/later wrapping another expression: "late November", "mid-1996", "earlier this month".</summary>
    private bool TryEdgeModifier(int i, out TimexCandidate c)
    {
        c = default;
        var j = i;
        if (Fn(j, TimexFunction.The) && (Fn(j + 1, TimexFunction.Early) || Fn(j + 1, TimexFunction.Late) || Fn(j + 1, TimexFunction.Mid)))
        {
            j++;
        }

        if (TryBoundaryOf(i, out c))
        {
            return true;
        }

        var w = W(j);
        string? mod = w.Function switch
        {
            TimexFunction.Early or TimexFunction.Earlier => "START",
            TimexFunction.Late or TimexFunction.Later => "END",
            TimexFunction.Mid => "MID",
            _ => null,
        };
        if (mod is null)
        {
            if (w.Mod is { } approx && TryCount(j + 1, out c) && c.First == j + 1 && (IsNumber(j + 1) || W(j + 1).Number > 0) && c.Type != "SET")
            {
                c.First = i;
                c.Mod = approx;
                return true;
            }

            return false;
        }

        var k = j + 1;
        if (IsPunct(k, '-') && Touch(j) && Touch(k))
        {
            k++;
        }

        var loose = w.Function is TimexFunction.Earlier or TimexFunction.Later;
        if (!TryInner(k, loose, out c))
        {
            return false;
        }

        c.First = i;
        c.Mod = mod;
        return true;
    }

    /// <summary>"the end of 1990", "the beginning of October", "the middle of next week", "end of this year".</summary>
    private bool TryBoundaryOf(int i, out TimexCandidate c)
    {
        c = default;
        var j = Fn(i, TimexFunction.The) ? i + 1 : i;
        string? mod = Is(j, "end") ? "END" : Is(j, "beginning") || Is(j, "start") ? "START" : Is(j, "middle") ? "MID" : null;
        if (mod is null || !Fn(j + 1, TimexFunction.Of) || !TryInner(j + 2, false, out c) || c.Value is null || !char.IsDigit(c.Value[0]))
        {
            return false;
        }

        c.First = i;
        c.Mod = mod;
        return true;
    }

    private bool TryInner(int k, bool loose, out TimexCandidate c)
    {
        c = default;
        if (k >= Count)
        {
            return false;
        }

        // "earlier this month", "later Sunday", "earlier today": only deictic anchors when loose.
        return Longest(loose ? DeicticRules : InnerRules, k, out c) && c.Type is "DATE" or "TIME";
    }

    /// <summary>What "the end of …" and the edge modifiers take: a calendar expression of their own.</summary>
    private static readonly Rule[] InnerRules =
    [
        (m, k, out c) => m.TryMonth(k, out c), (m, k, out c) => m.TryYear(k, out c),
        (m, k, out c) => m.TryRelative(k, out c), (m, k, out c) => m.TryDecade(k, out c),
        (m, k, out c) => m.TryWeekday(k, out c), (m, k, out c) => m.TryFixedDay(k, out c),
        (m, k, out c) => m.TrySeasonBare(k, out c), (m, k, out c) => m.TryOrdinalPeriod(k, out c),
    ];

    private static readonly Rule[] DeicticRules =
    [
        (m, k, out c) => m.TryRelative(k, out c), (m, k, out c) => m.TryWeekday(k, out c), (m, k, out c) => m.TryFixedDay(k, out c),
    ];

    private bool TrySeasonBare(int k, out TimexCandidate c)
    {
        c = default;
        if (W(k).Season is not { } season)
        {
            return false;
        }

        if (IsYear(k + 1))
        {
            c = new TimexCandidate(k, k + 1, "DATE", TimexValues.Year(IntAt(k + 1)) + "-" + season);
            return true;
        }

        c = new TimexCandidate(k, k, "DATE", SeasonValue(season, 0, k));
        return true;
    }

    /// <summary>Multi-word lead-ins the lexicon cannot key on: "more than", "at least", "up to", "twice-weekly".</summary>
    private bool TryPhraseModifier(int i, out TimexCandidate c)
    {
        c = default;
        string? mod = null;
        var j = i + 2;
        if ((Is(i, "more") || Is(i, "less") || Is(i, "fewer")) && Is(i + 1, "than"))
        {
            mod = Is(i, "more") ? "MORE_THAN" : "LESS_THAN";
        }
        else if (Is(i, "at") && (Is(i + 1, "least") || Is(i + 1, "most")))
        {
            mod = Is(i + 1, "least") ? "EQUAL_OR_MORE" : "EQUAL_OR_LESS";
        }
        else if (Is(i, "up") && Is(i + 1, "to"))
        {
            mod = "EQUAL_OR_LESS";
        }
        else if ((Is(i, "twice") || Is(i, "once") || Is(i, "thrice")) && Hyphenated(i) && W(i + 2).SetValue is { } set)
        {
            c = new TimexCandidate(i, i + 2, "SET", set);
            return true;
        }

        if (mod is null || !TryCount(j, out c) || c.First != j || c.Type == "SET" || !(IsNumber(j) || W(j).Number > 0))
        {
            return false;
        }

        c.First = i;
        c.Mod = mod;
        return true;
    }
}
