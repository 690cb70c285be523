namespace Triangulate.Nlp.Dates;

/// <summary>Named days ("Christmas", "Thanksgiving Day") and bare plural spans ("for years").</summary>
internal sealed partial class TimexMatcher
{
    private bool TryHoliday(int i, out TimexCandidate c)
    {
        c = default;
        if (!IsCapitalized(i))
        {
            return false;
        }

        var last = i;
        int month, day;
        if (Is(i, "Christmas"))
        {
            (month, day) = Is(i + 1, "Eve") ? (12, 24) : (12, 25);
            last = Is(i + 1, "Eve") || Is(i + 1, "Day") ? i + 1 : i;
        }
        else if (Is(i, "New") && Is(i + 1, "Year") && IsPunct(i + 2, '\'') && (Is(i + 4, "Day") || Is(i + 4, "Eve")))
        {
            (month, day) = Is(i + 4, "Eve") ? (12, 31) : (1, 1);
            last = i + 4;
        }
        else if (IsPossessiveDay(i, "Valentine"))
        {
            (month, day) = (2, 14);
            last = i + 3;
        }
        else if (Is(i, "Boxing") && Is(i + 1, "Day"))
        {
            (month, day) = (12, 26);
            last = i + 1;
        }
        else if (Is(i, "Halloween"))
        {
            (month, day) = (10, 31);
        }
        else if (Is(i, "Independence") && Is(i + 1, "Day"))
        {
            (month, day) = (7, 4);
            last = i + 1;
        }
        else if (Is(i, "Thanksgiving"))
        {
            (month, day) = (11, -4);
            last = Is(i + 1, "Day") ? i + 1 : i;
        }
        else
        {
            return false;
        }

        // "Christmas 2012", and "Valentine's Day in 2012" (the year belongs to the day, not to a second expression).
        var yearAt = IsYear(last + 1) ? last + 1 : Is(last + 1, "in") && IsYear(last + 2) ? last + 2 : -1;
        var year = yearAt > 0 ? IntAt(yearAt) : _ref?.Year ?? -1;
        last = yearAt > 0 ? yearAt : last;
        string? value = null;
        if (year > 0)
        {
            var movable = day < 0;
            if (!IsYear(last) && _ref is { } r && (month, movable ? ThanksgivingDay(year) : day).CompareTo((r.Month, r.Day)) > 0 && !IsFuture(i))
            {
                year--; // a holiday later in the year than the article, told in the past: last year's
            }

            day = movable ? ThanksgivingDay(year) : day;
            value = $"{year:D4}-{month:D2}-{day:D2}";
        }

        c = new TimexCandidate(i, last, "DATE", value);
        return true;
    }

    /// <summary>"Valentine's Day" written as tokens: the name, an apostrophe, "s", "Day".</summary>
    private bool IsPossessiveDay(int i, string name) =>
        Is(i, name) && (IsPunct(i + 1, '\'') || IsPunct(i + 1, '\u2019')) && Is(i + 2, "s") && Is(i + 3, "Day");

    /// <summary>Thanksgiving: the fourth Thursday of November.</summary>
    private static int ThanksgivingDay(int year) => 22 + ((int)DayOfWeek.Thursday - (int)new DateOnly(year, 11, 1).DayOfWeek + 7) % 7;

    /// <summary>"for years", "within weeks", "for decades": an unspecified span.</summary>
    private bool TryVaguePlural(int i, out TimexCandidate c)
    {
        c = default;
        if (!(Is(i, "for") || Is(i, "within")))
        {
            return false;
        }

        var w = W(i + 1);
        if (w.Unit is TimeUnit.None or TimeUnit.Quarter or TimeUnit.Weekend || !w.Plural || IsNumber(i + 2) || W(i + 2).Unit != TimeUnit.None)
        {
            return false;
        }

        c = new TimexCandidate(i + 1, i + 1, "DURATION", TimexValues.Duration(w.Unit, -1));
        return true;
    }
}
