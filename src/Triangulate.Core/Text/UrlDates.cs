using System.Globalization;
using System.Text.RegularExpressions;

namespace Triangulate.Core.Text;

/// <summary>
/// The calendar day an article URL carries in its path ("/2019/03/15/", "-2019-03-15-", "/20190315/"): news sites
/// put the publication day there. Extraction reads it as a page's last-resort publication date; the date stage
/// anchors relative dates ("Monday", "yesterday") on it when a document gives no publication date at all.
/// </summary>
public static partial class UrlDates
{
    // Years 1995-2039 only, so that numeric ids are not read as dates.
    [GeneratedRegex(@"[/_-]((?:199[5-9]|20[0-3]\d))[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDateRegex();

    /// <summary>The first day-precision date in <paramref name="url"/>'s text; null when none, or when the day does
    /// not exist in its month ("/2019/02/30/").</summary>
    public static DateOnly? Find(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        var m = UrlDateRegex().Match(url);
        if (!m.Success)
        {
            return null;
        }

        var year = int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups[3].ValueSpan, CultureInfo.InvariantCulture);
        return day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }
}
