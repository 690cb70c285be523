using System.Globalization;

namespace Triangulate.Ingest.Text;

/// <summary>
/// Parses the dates containers carry: ISO 8601 (JSON Lines, Atom, dc:date, text headers) and RFC 822
/// (RSS pubDate, often with a named zone such as "EST"). A date without a zone is taken as UTC, so ids
/// and timelines do not depend on the machine's time zone.
/// </summary>
public static class DateParsing
{
    private static readonly string[] Rfc822Formats =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm zzz",
        "ddd, d MMM yy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm:ss",
    ];

    private static readonly (string Zone, string Offset)[] NamedZones =
    [
        ("UT", "+00:00"), ("GMT", "+00:00"), ("UTC", "+00:00"), ("Z", "+00:00"),
        ("EST", "-05:00"), ("EDT", "-04:00"), ("CST", "-06:00"), ("CDT", "-05:00"),
        ("MST", "-07:00"), ("MDT", "-06:00"), ("PST", "-08:00"), ("PDT", "-07:00"),
        ("BST", "+01:00"), ("CET", "+01:00"), ("CEST", "+02:00"),
    ];

    /// <summary>The instant <paramref name="value"/> names, or null when it is empty or not a date.</summary>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        const DateTimeStyles styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out var parsed))
        {
            return parsed;
        }

        var rfc = NormalizeRfc822Zone(text);
        if (DateTimeOffset.TryParseExact(rfc, Rfc822Formats, CultureInfo.InvariantCulture, styles, out parsed))
        {
            return parsed;
        }

        return null;
    }

    /// <summary>RFC 822 zones ("+0000", "GMT", "EST") rewritten as "+00:00" so the exact formats match.</summary>
    private static string NormalizeRfc822Zone(string text)
    {
        var space = text.LastIndexOf(' ');
        if (space < 0)
        {
            return text;
        }

        var zone = text[(space + 1)..];
        if (zone.Length == 5 && (zone[0] == '+' || zone[0] == '-') && int.TryParse(zone.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return string.Concat(text.AsSpan(0, space + 1), zone.AsSpan(0, 3), ":", zone.AsSpan(3));
        }

        foreach (var (name, offset) in NamedZones)
        {
            if (zone.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return string.Concat(text.AsSpan(0, space + 1), offset);
            }
        }

        return text;
    }
}
