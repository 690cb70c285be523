namespace Triangulate.Nlp.Dates;

/// <summary>Clock times: "10:35 a.m.", "6 p.m. EST", "10:41", and the 24-hour times of wire copy ("1023 GMT").</summary>
internal sealed partial class TimexMatcher
{
    /// <summary>"10:35 a.m.", "6 p.m. EST", "10:41" — with a following day when there is one ("noon Saturday").</summary>
    private bool TryClock(int i, out TimexCandidate c)
    {
        c = default;
        var s = Span(i);
        int hour, minute = 0;
        var colon = s.IndexOf(':');
        if (colon > 0)
        {
            if (!int.TryParse(s[..colon], out hour) || s.Length - colon != 3 || !int.TryParse(s[(colon + 1)..], out minute) || hour > 24 || minute > 59)
            {
                return false;
            }
        }
        else if (IsWireClock(i))
        {
            (hour, minute) = (IntAt(i) / 100, IntAt(i) % 100);
        }
        else
        {
            hour = IntAt(i);
            if (hour is < 1 or > 12 || DigitCount(i) > 2)
            {
                return false;
            }
        }

        var last = i;
        var meridiem = MeridiemAt(i, ref last);
        if (meridiem == 0 && colon < 0 && !IsWireClock(i))
        {
            return false;
        }

        if (meridiem == 2 && hour < 12)
        {
            hour += 12;
        }
        else if (meridiem == 1 && hour == 12)
        {
            hour = 0;
        }

        if (last + 1 < Count && (IsTimeZone(last + 1) || Is(last + 1, "hrs")))
        {
            last++;
        }

        var clock = $"T{hour:D2}:{minute:D2}";
        string? date = _ref is { } r ? TimexValues.Day(ClockLaterThanPublication(hour, minute) && !IsFuture(i) ? r.AddDays(-1) : r) : null;
        if (TryDayAfterClock(last + 1, out var day))
        {
            last = day.Last;
            date = day.Value;
        }

        c = new TimexCandidate(i, last, "TIME", date is null ? null : date + clock);
        return true;
    }

    /// <summary>
    /// A 24-hour time of four digits as wire copy writes it: "at 1353 (1023 GMT)", "at 0412 GMT", "1800 hrs",
    /// "at 2130 local time". Without the zone, "hrs" or the bracketed conversion a four-digit number stays a year
    /// ("in 1353", "the 2005 floods"), and so does one that cannot be a time (2460, 1999).
    /// </summary>
    private bool IsWireClock(int i)
    {
        if (i >= Count || !IsNumber(i) || DigitCount(i) != 4 || Span(i).Length != 4 || IntAt(i) / 100 > 23 || IntAt(i) % 100 > 59)
        {
            return false;
        }

        return IsTimeZone(i + 1) || (Is(i + 1, "local") && Is(i + 2, "time")) || Is(i + 1, "hrs") || (Is(i - 1, "at") && IsPunct(i + 1, '(') && IsWireClock(i + 2));
    }

    /// <summary>
    /// A past clock time more than half an hour after the publication's own time of day belongs to the day
    /// before: an article stamped 08:12 reports the 7:40 p.m. of the previous evening.
    /// </summary>
    private bool ClockLaterThanPublication(int hour, int minute) =>
        _refClock is { } published && (hour * 60) + minute > (published.Hour * 60) + published.Minute + 30;

    /// <summary>0 none, 1 a.m., 2 p.m.; moves <paramref name="last"/> over the marker.</summary>
    private int MeridiemAt(int i, ref int last)
    {
        var suffix = Suffix(i);
        if (suffix.Equals("am", StringComparison.OrdinalIgnoreCase) || suffix.Equals("pm", StringComparison.OrdinalIgnoreCase))
        {
            return char.ToLowerInvariant(suffix[0]) == 'a' ? 1 : 2;
        }

        if (Is(i + 1, "am") || Is(i + 1, "pm"))
        {
            last = i + 1;
            return Is(i + 1, "am") ? 1 : 2;
        }

        if ((Is(i + 1, "a") || Is(i + 1, "p")) && IsPunct(i + 2, '.') && Is(i + 3, "m") && Touch(i + 1) && Touch(i + 2))
        {
            last = IsPunct(i + 4, '.') && Touch(i + 3) ? i + 4 : i + 3;
            return Is(i + 1, "a") ? 1 : 2;
        }

        return 0;
    }

    private bool IsTimeZone(int j) =>
        Is(j, "EST") || Is(j, "EDT") || Is(j, "ET") || Is(j, "GMT") || Is(j, "UTC") || Is(j, "PST") || Is(j, "PDT") || Is(j, "CST") || Is(j, "CET") || Is(j, "BST") || Is(j, "CDT");

    private bool TryDayAfterClock(int j, out TimexCandidate day)
    {
        day = default;
        if (j >= Count)
        {
            return false;
        }

        if (Is(j, "on"))
        {
            j++;
        }

        // "at 3 p.m. on" at the very end of a text: nothing follows "on" (found by the property tests).
        if (j >= Count)
        {
            return false;
        }

        return (TryWeekday(j, out day) || TryMonth(j, out day) || TryNumericDate(j, out day) || TryFixedDay(j, out day)) && day.Type == "DATE" && day.Value is not null;
    }
}
