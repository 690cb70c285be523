using System.Globalization;

namespace Triangulate.Storage;

/// <summary>The watcher's times as fixed-width UTC text (SQLite): sorts lexically in time order.</summary>
internal static class WatchTime
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string Write(DateTimeOffset value) => value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static object WriteOrNull(DateTimeOffset? value) => value is { } v ? Write(v) : DBNull.Value;

    public static DateTimeOffset Read(string value) =>
        DateTimeOffset.ParseExact(value, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static DateTimeOffset? ReadOrNull(object value) => value is string s ? Read(s) : null;
}
