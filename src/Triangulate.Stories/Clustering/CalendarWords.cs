namespace Triangulate.Stories.Clustering;

/// <summary>Day and month names: always capitalised, never a story's anchor.</summary>
internal static class CalendarWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    // Named days: two shootings at two Halloween parties share the day, not the event.
    private static readonly HashSet<string> Holidays = new(StringComparer.Ordinal)
    {
        "christmas", "easter", "halloween", "thanksgiving", "eve", "year", "valentine", "independence", "memorial", "labor", "mother", "father",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HolidayLookup = Holidays.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the folded, lowercase word is a holiday's name or part of one ("Halloween", "New Year's Eve").</summary>
    public static bool IsHoliday(ReadOnlySpan<char> lowercaseWord) => HolidayLookup.Contains(lowercaseWord);

    /// <summary>Whether the folded, lowercase word is a day or month name.</summary>
    public static bool Contains(ReadOnlySpan<char> lowercaseWord) => Lookup.Contains(lowercaseWord);
}
