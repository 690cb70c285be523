using System.Globalization;

namespace Triangulate.Extraction.Cleaning;

/// <summary>
/// Recognises a line that is only a time stamp ("10:41 28.09.2025 •", "Updated: Sept 28, 2025 10:41 am IST")
/// by its words: every token must be a number, a month or weekday, a time zone or a stamp word.
/// Word-by-word checking keeps a short story line ("Talks resume on 28.09.2025 in Oslo") out.
/// </summary>
internal static class DateTokens
{
    public const int MaxStampChars = 80;

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly string[] FullMonths =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly HashSet<string> StampWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "published", "updated", "last", "on", "at", "posted", "modified", "first", "article", "launched", "page",
        "release", "released", "date", "created", "edited", "am", "pm", "utc", "gmt", "z",
        "ist", "est", "edt", "cst", "cdt", "pst", "pdt", "et", "pt", "ct", "cet", "cest", "eet", "eest", "msk", "bst",
        "wib", "jst", "kst", "sgt", "hkt", "aest", "aedt", "brt", "art", "vet", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    };

    /// <summary>True when <paramref name="line"/> is only a time stamp with a date; <paramref name="date"/> is that
    /// date when it is unambiguous (day-first with dots, ISO, a month name with a year), else null.</summary>
    public static bool TryTimestampLine(string line, out DateOnly? date)
    {
        date = null;
        if (line.Length > MaxStampChars)
        {
            return false;
        }

        var tokens = line.Split([' ', '\t', '\u00a0', '•', '·', '|', ',', ';', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        var hasDate = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = StripSuffix(tokens[i].TrimEnd(':'));
            if (token.Length == 0 || token is "-" or "–" or "—" or "/")
            {
                continue;
            }

            if (IsNumeric(token))
            {
                var parsed = ParseNumericDate(token, out var dateLike);
                hasDate |= dateLike;
                date ??= parsed;
                continue;
            }

            var word = token.Replace(".", "", StringComparison.Ordinal);
            if (MonthNumber(word) is int month)
            {
                var parsed = DateAround(tokens, i, month);
                hasDate |= parsed is not null || HasDayNear(tokens, i);
                date ??= parsed;
                continue;
            }

            if (!StampWords.Contains(word) && !IsZoneOffset(word))
            {
                return false;
            }
        }

        return hasDate;
    }

    /// <summary>"Sept 28, 2025" gives that date; without a year ("Sept 28") there is no full date, so null.</summary>
    public static DateOnly? ParseMonthNameDate(string text)
    {
        var tokens = text.Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length >= 3 && MonthNumber(tokens[0]) is int month ? DateAround(tokens, 0, month) : null;
    }

    /// <summary>"11:16am" and "4:41PM" are a time and a meridiem; "9th" is a day.</summary>
    private static string StripSuffix(string token)
    {
        if (token.Length < 3 || !char.IsAsciiDigit(token[0]))
        {
            return token;
        }

        var tail = token[^2..].ToLowerInvariant();
        return tail is "am" or "pm" or "st" or "nd" or "rd" or "th" ? token[..^2] : token;
    }

    private static bool IsNumeric(string token)
    {
        if (!char.IsAsciiDigit(token[0]))
        {
            return false;
        }

        foreach (var c in token)
        {
            if (!char.IsAsciiDigit(c) && c is not (':' or '.' or '/' or '-' or '+' or 'T' or 'Z'))
            {
                return false;
            }
        }

        return true;
    }

    private static DateOnly? ParseNumericDate(string token, out bool dateLike)
    {
        dateLike = false;
        var parts = token.Split(['.', '/', '-']);
        if (parts.Length < 3 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var a)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var b))
        {
            return null;
        }

        // ISO stamps carry the time after the day ("05T08:00:00Z"): keep the leading digits.
        var digits = 0;
        while (digits < parts[2].Length && char.IsAsciiDigit(parts[2][digits]))
        {
            digits++;
        }

        var third = parts[2][..digits];
        if (!int.TryParse(third, NumberStyles.None, CultureInfo.InvariantCulture, out var c))
        {
            return null;
        }

        dateLike = true;
        if (parts[0].Length == 4)
        {
            return Make(a, b, c);
        }

        if (third.Length != 4)
        {
            return null;
        }

        // Dots are day-first everywhere they are used; slashes are ambiguous unless one part exceeds 12.
        var dayFirst = token.Contains('.', StringComparison.Ordinal) || a > 12;
        var monthFirst = !dayFirst && b > 12;
        return dayFirst ? Make(c, b, a) : monthFirst ? Make(c, a, b) : null;
    }

    private static DateOnly? DateAround(string[] tokens, int monthIndex, int month)
    {
        int? day = null;
        int? year = null;
        for (var j = Math.Max(0, monthIndex - 1); j < Math.Min(tokens.Length, monthIndex + 3); j++)
        {
            var token = StripSuffix(tokens[j].TrimEnd(',', '.'));
            if (j == monthIndex || !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                continue;
            }

            if (n is >= 1 and <= 31 && day is null && token.Length <= 2)
            {
                day = n;
            }
            else if (n is >= 1900 and <= 2200)
            {
                year = n;
            }
        }

        return day is int d && year is int y ? Make(y, month, d) : null;
    }

    private static bool HasDayNear(string[] tokens, int monthIndex)
    {
        for (var j = Math.Max(0, monthIndex - 1); j < Math.Min(tokens.Length, monthIndex + 2); j++)
        {
            if (j != monthIndex && int.TryParse(StripSuffix(tokens[j].TrimEnd(',', '.')), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 31)
            {
                return true;
            }
        }

        return false;
    }

    private static int? MonthNumber(string word)
    {
        if (word.Length < 3 || word.Length > 9)
        {
            return null;
        }

        var lower = word.ToLowerInvariant();
        for (var m = 0; m < Months.Length; m++)
        {
            if (lower.StartsWith(Months[m], StringComparison.Ordinal) && IsMonthSpelling(lower, m))
            {
                return m + 1;
            }
        }

        return null;
    }

    private static bool IsMonthSpelling(string lower, int monthIndex)
    {
        return lower.Length == 3 || FullMonths[monthIndex].StartsWith(lower, StringComparison.Ordinal);
    }

    private static bool IsZoneOffset(string word) =>
        word.Length > 3
        && (word.StartsWith("utc", StringComparison.OrdinalIgnoreCase) || word.StartsWith("gmt", StringComparison.OrdinalIgnoreCase))
        && word[3] is '+' or '-';

    private static DateOnly? Make(int year, int month, int day) =>
        year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
}
