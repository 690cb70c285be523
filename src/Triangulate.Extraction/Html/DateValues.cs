using System.Globalization;
using System.Text.RegularExpressions;
using Triangulate.Core.Text;

namespace Triangulate.Extraction.Html;

/// <summary>Parses the date strings pages put in metadata, and dates embedded in article URLs.</summary>
internal static partial class DateValues
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
        "yyyy-MM-dd", "yyyyMMdd", "yyyyMMdd'T'HHmmssK", "ddd, dd MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss zzz",
        "yyyy/MM/dd", "yyyy/MM/dd HH:mm:ss", "MM/dd/yyyy", "MM/dd/yyyy HH:mm:ss", "MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy", "hh:mm:ss tt MMM d, yyyy", "hh:mm tt MMM d, yyyy",
    ];

    [GeneratedRegex(@"\s+(?:GMT|UTC|UT)$|\s+[A-Z]{3}$|(?<=[AP]M)\s+[A-Z]{2,4}(?=\s+[A-Z][a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex ZoneNameRegex();

    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var s = value.Trim();
        if (s.Length > 64)
        {
            return null;
        }

        // A time-zone name the parser cannot read is dropped: the clock time is still the page's.
        s = ZoneNameRegex().Replace(s, string.Empty);
        if (DateTimeOffset.TryParseExact(s, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var exact))
        {
            return Plausible(exact);
        }

        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var loose))
        {
            return Plausible(loose);
        }

        if (s.Length is 10 or 13 && long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch))
        {
            var value2 = s.Length == 13 ? DateTimeOffset.FromUnixTimeMilliseconds(epoch) : DateTimeOffset.FromUnixTimeSeconds(epoch);
            return Plausible(value2);
        }

        return null;
    }

    /// <summary>The day in an article URL's path (<see cref="UrlDates"/>), at midnight UTC.</summary>
    public static DateTimeOffset? FromUrl(string? url) =>
        UrlDates.Find(url) is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    private static DateTimeOffset? Plausible(DateTimeOffset value) =>
        value.Year is >= 1990 and <= 2100 ? value : null;
}
