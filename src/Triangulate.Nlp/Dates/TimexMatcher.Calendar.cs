namespace Triangulate.Nlp.Dates;

/// <summary>Calendar-anchored rules: month names, day numbers, years and numeric dates (clock times: TimexMatcher.Clock.cs).</summary>
internal sealed partial class TimexMatcher
{
    private static readonly string[] LeadWords = ["in", "since", "by", "until", "last", "next", "this", "early", "late", "mid", "before", "after", "during", "from", "through", "on", "of", "between", "and", "to", "that", "each", "every", "or"];

    private bool TryMonth(int i, out TimexCandidate c)
    {
        c = default;
        var w = W(i);
        if (w.Month == 0 || !IsCapitalized(i) || (w.Month == 5 && !MayIsMonth(i)))
        {
            return false;
        }

        var j = i + 1;
        if (w.Abbreviation && IsPunct(j, '.'))
        {
            j++;
        }

        if (TryDayNumber(j, out var day))
        {
            var last = j;
            int year;
            if (IsPunct(j + 1, ',') && IsYear(j + 2))
            {
                last = j + 2;
                year = IntAt(last);
            }
            else if (IsYear(j + 1))
            {
                last = j + 1;
                year = IntAt(last);
            }
            else
            {
                year = -1;
            }

            c = new TimexCandidate(i, last, "DATE", DayValue(i, year, w.Month, day));
            return true;
        }

        var y = Fn(j, TimexFunction.Of) ? j + 1 : j;
        if (IsYear(y) || (IsPunct(y, ',') && IsYear(y + 1)))
        {
            y = IsPunct(y, ',') ? y + 1 : y;
            c = new TimexCandidate(i, y, "DATE", TimexValues.Month(IntAt(y), w.Month));
            return true;
        }

        if (w.Abbreviation && !IsPunct(i + 1, '.'))
        {
            return false;
        }

        if ((Is(i - 1, "the") || Is(i - 1, "annual")) && (Is(i + 1, "for") || Is(i + 1, "of") || Is(i + 1, "on")))
        {
            return false; // "the annual March for Life", "the March of the Mothers"
        }

        c = new TimexCandidate(i, w.Abbreviation ? i + 1 : i, "DATE", MonthValue(i, w.Month, 0));
        return true;
    }

    // "May" is also a modal verb and a surname ("Theresa May"): accept it after a lead word or before a number.
    private bool MayIsMonth(int i)
    {
        if (IsNumber(i + 1))
        {
            return true;
        }

        if (i == 0 || _tokens[i - 1].Kind != ScanKind.Word)
        {
            return false;
        }

        var prev = Span(i - 1);
        foreach (var lead in LeadWords)
        {
            if (prev.Equals(lead, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool TryDayNumber(int j, out int day)
    {
        day = IntAt(j);
        if (day < 1 || day > 31 || DigitCount(j) > 2)
        {
            return false;
        }

        var s = Suffix(j);
        return s.Length == 0 || s.Equals("st", StringComparison.OrdinalIgnoreCase) || s.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || s.Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase);
    }

    private bool IsYear(int j)
    {
        if (!IsNumber(j) || DigitCount(j) != 4 || Suffix(j).Length != 0)
        {
            return false;
        }

        var y = IntAt(j);
        return y is >= 1000 and <= 2199;
    }

    /// <summary>A day of a month; without a year, the year is the reference's, moved by tense when far away.</summary>
    private string? DayValue(int i, int year, int month, int day)
    {
        if (year < 0)
        {
            if (_calendar is not { } r)
            {
                return $"XXXX-{month:D2}-{day:D2}";
            }

            // The article's year, unless the tense puts the day on the other side of it: "was held on December 28"
            // in a January article is last December, "is scheduled for January 5" in December is next January. A
            // date with no tense cue keeps the year ("the election slated for June 25" in January: this June).
            year = r.Year;
            if (DateOnly.TryParse($"{year:D4}-{month:D2}-{day:D2}", out var guess))
            {
                year += YearShift(TenseAt(i, i + 1), guess.DayNumber - r.DayNumber);
            }
        }

        return day <= DateTime.DaysInMonth(year, month) ? $"{year:D4}-{month:D2}-{day:D2}" : null;
    }

    /// <summary>A month without a year: the nearest one in the direction the tense points (or shifted by <paramref name="shift"/>: -1 last, +1 next).</summary>
    private string? MonthValue(int i, int month, int shift)
    {
        // "last March" counts from the publication date; a bare "March" needs only the calendar.
        if ((shift == 0 ? _calendar : _ref) is not { } r)
        {
            return null;
        }

        var year = r.Year;
        if (shift < 0)
        {
            year = month < r.Month ? r.Year : r.Year - 1;
        }
        else if (shift > 0)
        {
            year = month > r.Month ? r.Year : r.Year + 1;
        }
        else if (month != r.Month)
        {
            // The occurrence the tense points to ("the March report rated…" in October: last March; "in April" from
            // December with "will": next April); with no cue, or after "would", the nearer one.
            var ahead = month > r.Month ? month - r.Month : month + 12 - r.Month;
            var tense = TenseAt(i, i);
            if (tense == ClauseTense.Past && (ahead <= 2 || IsDeadline(i - 1)))
            {
                tense = ClauseTense.None; // "gave them until mid-November", "had to repay it by February": a deadline ahead
            }

            var future = tense switch
            {
                ClauseTense.Future => true,
                ClauseTense.Past => false,
                ClauseTense.Prospective => ahead <= 6,
                _ => IsFuture(i) || (ahead < 6 && !IsPast(i)),
            };
            year = future ? (month > r.Month ? r.Year : r.Year + 1) : (month < r.Month ? r.Year : r.Year - 1);
        }

        return TimexValues.Month(year, month);
    }

    private bool TryNumberLed(int i, out TimexCandidate c)
    {
        c = default;
        if (!IsNumber(i))
        {
            return false;
        }

        return TryNumericDate(i, out c) || TryClock(i, out c) || TryDayMonth(i, out c) || TryYear(i, out c);
    }

    private bool TryNumericDate(int i, out TimexCandidate c)
    {
        c = default;
        var s = Span(i);
        if (s.Length == 10 && s[2] == '.' && s[5] == '.')
        {
            // 28.09.2025 (day.month.year, as in European datelines)
            if (int.TryParse(s[..2], out var d) && int.TryParse(s[3..5], out var m) && int.TryParse(s[6..], out var y) && IsValid(y, m, d))
            {
                c = new TimexCandidate(i, i, "DATE", $"{y:D4}-{m:D2}-{d:D2}");
                return true;
            }

            return false;
        }

        if (DigitCount(i) == 4 && Suffix(i).Length == 0 && IsPunct(i + 1, '-') && IsNumber(i + 2) && IsPunct(i + 3, '-') && IsNumber(i + 4)
            && Touch(i) && Touch(i + 1) && Touch(i + 2) && Touch(i + 3) && DigitCount(i + 2) == 2)
        {
            var (y, m, d) = (IntAt(i), IntAt(i + 2), IntAt(i + 4));
            if (IsValid(y, m, d))
            {
                c = new TimexCandidate(i, i + 4, "DATE", $"{y:D4}-{m:D2}-{d:D2}");
                return true;
            }
        }

        if (IsPunct(i + 1, '/') && IsNumber(i + 2) && IsPunct(i + 3, '/') && IsNumber(i + 4) && Touch(i) && Touch(i + 1) && Touch(i + 2) && Touch(i + 3))
        {
            var (m, d, y) = (IntAt(i), IntAt(i + 2), IntAt(i + 4));
            y = y < 100 ? 2000 + y : y;
            if (IsValid(y, m, d))
            {
                c = new TimexCandidate(i, i + 4, "DATE", $"{y:D4}-{m:D2}-{d:D2}");
                return true;
            }
        }

        return false;
    }

    private static bool IsValid(int y, int m, int d) => y is >= 1000 and <= 2199 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);

    private bool TryDayMonth(int i, out TimexCandidate c)
    {
        c = default;
        if (!TryDayNumber(i, out var day))
        {
            return false;
        }

        var j = Fn(i + 1, TimexFunction.Of) ? i + 2 : i + 1;
        var w = W(j);
        if (w.Month == 0 || !IsCapitalized(j))
        {
            return false;
        }

        var last = w.Abbreviation && IsPunct(j + 1, '.') ? j + 1 : j;
        var year = -1;
        if (IsYear(last + 1))
        {
            last++;
            year = IntAt(last);
        }
        else if (IsPunct(last + 1, ',') && IsYear(last + 2))
        {
            last += 2;
            year = IntAt(last);
        }

        c = new TimexCandidate(i, last, "DATE", DayValue(i, year, w.Month, day));
        return true;
    }

    private bool TryYear(int i, out TimexCandidate c)
    {
        c = default;
        if (!IsYear(i) || (i > 0 && (IsPunct(i - 1, '$') || IsPunct(i - 1, '£') || IsPunct(i - 1, '€') || IsPunct(i - 1, '#') || IsNumber(i - 1) || (IsPunct(i - 1, '-') && IsNumber(i - 2) && Touch(i - 2)))))
        {
            return false;
        }

        if (IsPunct(i + 1, '%') || IsNumber(i + 1) || (i + 1 < Count && W(i + 1).Unit != TimeUnit.None && !Fn(i + 2, TimexFunction.Ago)) || IsStreetNumber(i))
        {
            return false;
        }

        c = new TimexCandidate(i, i, "DATE", TimexValues.Year(IntAt(i)));
        return true;
    }
}
