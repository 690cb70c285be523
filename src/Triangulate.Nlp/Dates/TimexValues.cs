using System.Globalization;

namespace Triangulate.Nlp.Dates;

/// <summary>TIMEX3 value arithmetic and formatting. All dates are calendar dates; no clock is read.</summary>
internal static class TimexValues
{
    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    public static string Week(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}");
    }

    public static int QuarterOf(DateOnly d) => (d.Month - 1) / 3 + 1;

    public static string Quarter(int year, int quarter) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-Q{quarter}");

    /// <summary>
    /// The date shifted by <paramref name="n"/> units, formatted at the unit's natural precision; null when
    /// the result leaves years 1..9998 ("100,000 years ago").
    /// </summary>
    public static string? Shift(DateOnly d, TimeUnit unit, int n)
    {
        var years = unit switch
        {
            TimeUnit.Day => n / 365.0,
            TimeUnit.Week or TimeUnit.Weekend => n / 52.0,
            TimeUnit.Month => n / 12.0,
            TimeUnit.Quarter => n / 4.0,
            TimeUnit.Year => n,
            TimeUnit.Decade => n * 10.0,
            TimeUnit.Century => n * 100.0,
            _ => 0,
        };
        return d.Year + years is < 2 or > 9997 ? null : ShiftInRange(d, unit, n);
    }

    private static string ShiftInRange(DateOnly d, TimeUnit unit, int n) => unit switch
    {
        TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour => Day(d),
        TimeUnit.Day => Day(d.AddDays(n)),
        TimeUnit.Week => Week(d.AddDays(7 * n)),
        TimeUnit.Weekend => Week(d.AddDays(7 * n)) + "-WE",
        TimeUnit.Month => Month(d.AddMonths(n).Year, d.AddMonths(n).Month),
        TimeUnit.Quarter => QuarterShift(d, n),
        TimeUnit.Year => Year(d.Year + n),
        TimeUnit.Decade => Year(d.Year + 10 * n),
        TimeUnit.Century => Year(d.Year + 100 * n),
        _ => Day(d),
    };

    /// <summary>The unit containing the date shifted by <paramref name="n"/> units ("last month" = -1).</summary>
    public static string? Containing(DateOnly d, TimeUnit unit, int n) => unit switch
    {
        TimeUnit.Decade => ((d.Year + 10 * n) / 10).ToString(CultureInfo.InvariantCulture),
        TimeUnit.Century => ((d.Year + 100 * n) / 100).ToString(CultureInfo.InvariantCulture),
        _ => Shift(d, unit, n),
    };

    private static string QuarterShift(DateOnly d, int n)
    {
        var index = d.Year * 4 + QuarterOf(d) - 1 + n;
        return Quarter(index / 4, index % 4 + 1);
    }

    /// <summary>A calendar value ("1989-Q3", "1989-09-30") moved by whole years, keeping its granularity.</summary>
    public static string? ShiftYears(string value, int years)
    {
        if (value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year + years is < 1 or > 9999)
        {
            return null;
        }

        var rest = value[4..];
        if (rest == "-02-29" && !DateTime.IsLeapYear(year + years))
        {
            rest = "-02-28";
        }

        return Year(year + years) + rest;
    }

    /// <summary>ISO-8601 duration for a count of units; <paramref name="n"/> &lt; 0 means "some" (X).</summary>
    public static string Duration(TimeUnit unit, double n)
    {
        string Num(double k) => k < 0 ? "X" : k.ToString("0.##", CultureInfo.InvariantCulture);
        return unit switch
        {
            TimeUnit.Second => "PT" + Num(n) + "S",
            TimeUnit.Minute => "PT" + Num(n) + "M",
            TimeUnit.Hour => "PT" + Num(n) + "H",
            TimeUnit.Day => "P" + Num(n) + "D",
            TimeUnit.Week => "P" + Num(n) + "W",
            TimeUnit.Weekend => "P" + Num(n) + "WE",
            TimeUnit.Month => "P" + Num(n) + "M",
            TimeUnit.Quarter => "P" + Num(n < 0 ? n : n * 3) + "M",
            TimeUnit.Year => "P" + Num(n) + "Y",
            TimeUnit.Decade => n < 0 ? "PXDE" : "P" + Num(n * 10) + "Y",
            TimeUnit.Century => n < 0 ? "PXCE" : "P" + Num(n * 100) + "Y",
            _ => "PXD",
        };
    }

    /// <summary>day | month | year for calendar values, null for anything coarser, finer-grained names or references.</summary>
    public static string? PrecisionOf(string? value)
    {
        if (value is null || value.Length < 4 || !char.IsDigit(value[0]) || !char.IsDigit(value[3]))
        {
            return null;
        }

        if (value.Length == 4)
        {
            return "year";
        }

        if (value.Length == 7 && value[5] != 'W' && value[5] != 'Q' && value[5] != 'H' && char.IsDigit(value[5]))
        {
            return "month";
        }

        return value.Length >= 10 && char.IsDigit(value[8]) ? "day" : null;
    }

    /// <summary>The most recent (past) or next (future) date falling on <paramref name="weekday"/> (1 = Monday).</summary>
    public static DateOnly WeekdayNear(DateOnly reference, int weekday, bool future, bool strict)
    {
        var current = ((int)reference.DayOfWeek + 6) % 7 + 1;
        if (future)
        {
            var ahead = (weekday - current + 7) % 7;
            return reference.AddDays(ahead == 0 && strict ? 7 : ahead);
        }

        var back = (current - weekday + 7) % 7;
        return reference.AddDays(-(back == 0 && strict ? 7 : back));
    }
}
