namespace Triangulate.Nlp.Dates;

/// <summary>Deictic rules: "last month", "this Monday", "yesterday", "now", weekdays, seasons, sets.</summary>
internal sealed partial class TimexMatcher
{
    private bool TryRelative(int i, out TimexCandidate c)
    {
        c = default;
        var f = W(i).Function;
        if (f == TimexFunction.Fiscal)
        {
            var y = Is(i + 1, "year") ? i + 2 : i + 1;
            if (IsYear(y))
            {
                c = new TimexCandidate(i, y, "DATE", TimexValues.Year(IntAt(y)));
                return true;
            }

            return false;
        }

        var framed = false;
        var j = i;
        if (f == TimexFunction.The)
        {
            if (TryTheReference(i, out c))
            {
                return true;
            }

            framed = true;
            j = i + 1;
            f = W(j).Function;
        }

        var shift = f switch
        {
            TimexFunction.This or TimexFunction.Current => 0,
            TimexFunction.Last or TimexFunction.Past => -1,
            TimexFunction.Latest => -1,
            TimexFunction.Next or TimexFunction.Coming => 1,
            TimexFunction.Recent => -2,
            _ => int.MinValue,
        };
        // "the following Sunday" is a week on; a bare "following" is the preposition ("following Sunday's battle").
        if (shift == int.MinValue || j + 1 >= Count || (!framed && Is(i, "following")))
        {
            return false;
        }

        var k = j + 1;
        var w = W(k);
        if (shift == -2)
        {
            return TryRecent(i, k, w, out c);
        }

        if (w.Unit != TimeUnit.None)
        {
            return TryRelativeUnit(i, k, w, f, shift, framed, out c);
        }

        if (framed)
        {
            return false;
        }

        if (w.DayPart is { } part && _ref is { } r0)
        {
            var day = f == TimexFunction.Last && part == "NI" ? r0.AddDays(-1) : r0;
            c = new TimexCandidate(i, k, "TIME", TimexValues.Day(day) + "T" + part);
            return shift <= 0;
        }

        if (w.Weekday > 0 && IsCapitalized(k))
        {
            string? value = null;
            if (_ref is { } r)
            {
                var date = shift == 0 ? TimexValues.WeekdayNear(r, w.Weekday, IsFuture(i), false) : TimexValues.WeekdayNear(r, w.Weekday, shift > 0, true);
                value = TimexValues.Day(date);
            }

            c = new TimexCandidate(i, k, "DATE", value);
            return true;
        }

        if (w.Month > 0 && IsCapitalized(k) && !w.Abbreviation)
        {
            c = new TimexCandidate(i, k, "DATE", shift == 0 && _ref is { } r ? TimexValues.Month(r.Year, w.Month) : MonthValue(i, w.Month, shift));
            return true;
        }

        if (w.Season is { } season)
        {
            // "this summer" is the current year's, whatever the tense.
            c = new TimexCandidate(i, k, "DATE", shift == 0 && _ref is { } rs ? TimexValues.Year(rs.Year) + "-" + season : SeasonValue(season, shift, i));
            return true;
        }

        return false;
    }

    private bool TryRelativeUnit(int i, int k, TimexWord w, TimexFunction f, int shift, bool framed, out TimexCandidate c)
    {
        c = default;
        if (w.Plural)
        {
            if (shift > 0 && framed)
            {
                c = new TimexCandidate(i, k, "DATE", "FUTURE_REF");
                return true;
            }

            return false;
        }

        if (framed && f is TimexFunction.Past or TimexFunction.Last or TimexFunction.Next or TimexFunction.Coming)
        {
            c = new TimexCandidate(i, k, "DURATION", TimexValues.Duration(w.Unit, 1));
            return true;
        }

        if (w.Unit is TimeUnit.Day or TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second || (w.Unit == TimeUnit.Quarter && Fn(k + 1, TimexFunction.Of)))
        {
            return false;
        }

        string? value = null;
        if (_ref is { } r)
        {
            value = w.Unit == TimeUnit.Weekend ? TimexValues.Week(r.AddDays(7 * shift)) + "-WE" : TimexValues.Containing(r, w.Unit, shift);
        }

        c = new TimexCandidate(i, k, "DATE", value);
        return true;
    }

    /// <summary>"recent years" (a vague past), "recent weeks" (a vague span, as TimeBank marks them).</summary>
    private bool TryRecent(int i, int k, TimexWord w, out TimexCandidate c)
    {
        c = default;
        if (w.Unit == TimeUnit.None || !w.Plural)
        {
            return false;
        }

        c = w.Unit is TimeUnit.Week or TimeUnit.Month
            ? new TimexCandidate(i, k, "DURATION", TimexValues.Duration(w.Unit, -1))
            : new TimexCandidate(i, k, "DATE", "PAST_REF");
        return true;
    }

    /// <summary>"the past", "the future", "the weekend", "the present".</summary>
    private bool TryTheReference(int i, out TimexCandidate c)
    {
        c = default;
        var k = i + 1;
        if (k >= Count || _tokens[k].Kind != ScanKind.Word)
        {
            return false;
        }

        var next = W(k + 1);
        var standsAlone = next.Unit == TimeUnit.None && next.Number <= 0 && !Fn(k + 1, TimexFunction.Few) && !Fn(k + 1, TimexFunction.Several) && !IsNumber(k + 1);
        if (Fn(k, TimexFunction.Past) && standsAlone)
        {
            c = new TimexCandidate(i, k, "DATE", "PAST_REF");
            return true;
        }

        if ((Is(k, "future") || Is(k, "present")) && !IsPunct(k + 1, '-'))
        {
            c = new TimexCandidate(i, k, "DATE", Is(k, "future") ? "FUTURE_REF" : "PRESENT_REF");
            return true;
        }

        // "for the quarter", "in the quarter": financial reports mean the latest completed quarter.
        if (W(k).Unit == TimeUnit.Quarter && !W(k).Plural && !Fn(k + 1, TimexFunction.Of) && (Is(i - 1, "for") || Is(i - 1, "in") || Is(i - 1, "during")) && _ref is { } rq)
        {
            c = new TimexCandidate(i, k, "DATE", TimexValues.Shift(rq, TimeUnit.Quarter, -1));
            return true;
        }

        if (W(k).Unit == TimeUnit.Weekend && !W(k).Plural && _ref is { } r)
        {
            c = new TimexCandidate(i, k, "DATE", TimexValues.Week(r) + "-WE");
            return true;
        }

        return false;
    }

    private string? SeasonValue(string season, int shift, int i)
    {
        if (_ref is not { } r)
        {
            return null;
        }

        var year = r.Year + (shift > 0 ? 1 : 0);
        var start = season switch { "SP" => 3, "SU" => 6, "FA" => 9, _ => 12 };
        if (shift < 0 || (shift == 0 && !IsFuture(i) && start > r.Month))
        {
            year = start < r.Month ? r.Year : r.Year - 1;
            if (shift == 0)
            {
                year = r.Year - 1;
            }
        }

        return TimexValues.Year(year) + "-" + season;
    }

    private bool TryWeekday(int i, out TimexCandidate c)
    {
        c = default;
        var w = W(i);
        if (w.Weekday == 0 || !IsCapitalized(i))
        {
            return false;
        }

        DateOnly? date = _ref is { } r ? WeekdayFor(i, W(i + 1).DayPart is null ? i : i + 1, w.Weekday, r) : null;
        if (W(i + 1).DayPart is { } part)
        {
            c = new TimexCandidate(i, i + 1, "TIME", date is { } d1 ? TimexValues.Day(d1) + "T" + part : null);
            return true;
        }

        c = new TimexCandidate(i, i, "DATE", date is { } d ? TimexValues.Day(d) : null);
        return true;
    }

    private bool TryFixed(int i, out TimexCandidate c)
    {
        if (TryFixedDay(i, out c))
        {
            return true;
        }

        var w = W(i);
        if (w.Fixed is not { } value)
        {
            return false;
        }

        if (value[0] == 'T')
        {
            return TryNamedTime(i, value, out c);
        }

        // "as soon as", "soon after", "was soon released", "soon became": not a future reference.
        if (value == "FUTURE_REF" && (Is(i - 1, "as") || Is(i + 1, "after") || Is(i + 1, "afterwards") || Is(i - 1, "was") || Is(i - 1, "were") || IsPastVerb(i + 1)))
        {
            return false;
        }

        // "now that", "now-defunct"
        if (value == "PRESENT_REF" && (Is(i + 1, "that") || IsPunct(i + 1, '-')))
        {
            return false;
        }

        c = new TimexCandidate(i, i, "DATE", value);
        return true;
    }

    private bool TryNamedTime(int i, string value, out TimexCandidate c)
    {
        c = default;
        if (value == "TNI")
        {
            c = new TimexCandidate(i, i, "TIME", _ref is { } r ? TimexValues.Day(r) + "TNI" : null);
            return true;
        }

        var last = i;
        string? date = _ref is { } r2 ? TimexValues.Day(r2) : null;
        if (TryDayAfterClock(i + 1, out var day))
        {
            last = day.Last;
            date = day.Value;
        }

        c = new TimexCandidate(i, last, "TIME", date is null ? null : date + value);
        return true;
    }

    /// <summary>today, yesterday, tomorrow — with a part of the day when one follows ("yesterday morning").</summary>
    private bool TryFixedDay(int i, out TimexCandidate c)
    {
        c = default;
        var v = W(i).Fixed;
        if (v is null || v[0] != 'D')
        {
            return false;
        }

        string? day = _ref is { } r ? TimexValues.Day(r.AddDays(v == "D0" ? 0 : v == "D1" ? 1 : -1)) : null;
        if (W(i + 1).DayPart is { } part)
        {
            c = new TimexCandidate(i, i + 1, "TIME", day is null ? null : day + "T" + part);
            return true;
        }

        c = new TimexCandidate(i, i, "DATE", day);
        return true;
    }

    private bool TrySeason(int i, out TimexCandidate c)
    {
        c = default;
        var w = W(i);
        if (w.Season is not { } season)
        {
            return false;
        }

        var year = Fn(i + 1, TimexFunction.Of) ? i + 2 : i + 1;
        if (IsYear(year))
        {
            c = new TimexCandidate(i, year, "DATE", TimexValues.Year(IntAt(year)) + "-" + season);
            return true;
        }

        if (i == 0 || !(Is(i - 1, "in") || Is(i - 1, "during") || Is(i - 1, "since") || Is(i - 1, "by") || Is(i - 1, "until") || Is(i - 1, "over") || Is(i - 1, "through") || Is(i - 1, "this")))
        {
            return false;
        }

        c = new TimexCandidate(i, i, "DATE", SeasonValue(season, 0, i));
        return true;
    }

    /// <summary>"daily", "each week", "every two years", "every Monday", "each July".</summary>
    private bool TrySet(int i, out TimexCandidate c)
    {
        c = default;
        var w = W(i);
        if (w.SetValue is { } set)
        {
            c = new TimexCandidate(i, i, "SET", set);
            return true;
        }

        if (w.Function != TimexFunction.Every)
        {
            return false;
        }

        var j = i + 1;
        var n = 1.0;
        if (Fn(j, TimexFunction.Other))
        {
            n = 2;
            j++;
        }
        else if (ParseCount(j, out var counted, out var end, out var article) && !article)
        {
            n = counted;
            j = end + 1;
        }

        var u = W(j);
        if (u.Unit != TimeUnit.None)
        {
            c = new TimexCandidate(i, j, "SET", TimexValues.Duration(u.Unit, n));
            return true;
        }

        if (u.Weekday > 0)
        {
            c = new TimexCandidate(i, j, "SET", $"XXXX-WXX-{u.Weekday}");
            return true;
        }

        if (u.Month > 0 && !u.Abbreviation && IsCapitalized(j))
        {
            c = new TimexCandidate(i, j, "SET", $"XXXX-{u.Month:D2}");
            return true;
        }

        if (u.DayPart is { } part)
        {
            c = new TimexCandidate(i, j, "SET", "T" + part);
            return true;
        }

        if (u.Season is { } season)
        {
            c = new TimexCandidate(i, j, "SET", "XXXX-" + season);
            return true;
        }

        return false;
    }

}
