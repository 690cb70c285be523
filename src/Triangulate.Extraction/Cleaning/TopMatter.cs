using System.Text.RegularExpressions;
using Triangulate.Core.Outlets;

namespace Triangulate.Extraction.Cleaning;

/// <summary>
/// Rules for the lines at the top of an article: a byline ("By Jane Doe"), a time stamp line
/// ("10:41 28.09.2025 •") and a dateline that opens the lead ("WASHINGTON (Reuters) -").
/// </summary>
internal static class TopMatter
{
    private const RegexOptions Cs = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private const string Name = @"\p{Lu}[\p{L}.'’\-]*(?:\s+(?:\p{Lu}[\p{L}.'’\-]*|de|da|van|von|der|al|bin|la|le|del|di|dos)){0,5}";
    private const string MonthDay = @"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?";

    private static readonly Regex BylineRx = new(
        @"^(?i:by|written by|words by|reported by|text by|posted by|author)\s*:?\s+(?<name>" + Name + @"(?:\s*(?:,|\band\b|&)\s*" + Name + @"){0,4})" +
        @"(?:\s*(?:[,|•·–—-]|\bfor\b)\s*(?<aff>[^.!?]{1,60}))?\s*$",
        Cs);

    private static readonly Regex AgencyDatelineRx = new(
        @"^(?:(?<place>\p{Lu}[\p{Lu}\p{M}.'’\- ]{1,40}(?:,\s*\p{Lu}[\p{L}.'’\- ]{1,30})?)(?:,\s*(?<date>" + MonthDay + @"))?\s*)?" +
        @"\((?<agency>\p{Lu}[\p{L}.&'’\- ]{0,30})\)\s*[-–—]{1,2}\s*",
        Cs);

    /// <summary>A press-release wire's dateline, the wire between slashes: "NEW YORK, Jan. 5, 2024 /PRNewswire/ --".</summary>
    private static readonly Regex WireSlashDatelineRx = new(
        @"^(?<place>\p{Lu}[\p{Lu}\p{M}.'’\- ]{1,40}(?:,\s*\p{Lu}[\p{L}.'’\- ]{1,30})?)(?:,\s*(?<date>" + MonthDay + @"))?\s*/\s*(?<agency>\p{Lu}[\p{L}.&'’\- ]{1,30}?)\s*/\s*(?:[-–—]{1,2}\s*)?",
        Cs);

    /// <summary>An aggregator's tag naming the publisher before the lead: "(MENAFN - Khaleej Times) The ministry...".</summary>
    private static readonly Regex AggregatorDatelineRx = new(
        @"^\(\s*\p{Lu}[\p{L}.]{1,20}\s*[-–—]\s*(?<agency>\p{Lu}[\p{L}.&'’ ]{1,60}?)\s*\)\s*(?:[-–—]{1,2}\s*)?",
        Cs);

    private static readonly Regex PlaceDateDatelineRx = new(
        @"^(?<place>\p{Lu}[\p{Lu}\p{M}.'’\- ]{2,40}),\s*(?<date>" + MonthDay + @")\s*[-–—]{1,2}\s*",
        Cs);

    /// <summary>An all-capitals place and a dash, AP style ("PORT ALCENA —", "KYIV, Ukraine –"). Capitals only, so a
    /// lead that merely starts with a name and a dash is not taken.</summary>
    private static readonly Regex PlaceDatelineRx = new(
        @"^(?<place>\p{Lu}[\p{Lu}\p{M}.'’\-]+(?:\s+[\p{Lu}\p{M}.'’\-]+){0,3}(?:,\s*\p{Lu}[\p{L}.'’\- ]{1,30})?)\s+[–—]\s+",
        Cs);

    /// <summary>Recognises a byline line; <paramref name="byline"/> gets the names, <paramref name="agency"/> a
    /// news agency named after them ("By Jane Doe, Reuters").</summary>
    public static bool TryByline(string line, out string? byline, out string? agency)
    {
        byline = null;
        agency = null;
        var m = Match(BylineRx, line);
        if (m is null)
        {
            return false;
        }

        var aff = m.Groups["aff"];
        if (aff.Success && !NameLists.IsAffiliation(aff.ValueSpan))
        {
            return false;
        }

        var name = m.Groups["name"].Value.Trim();
        var comma = name.LastIndexOf(',');
        if (comma > 0 && OutletRegistry.BuiltIn.IsAgency(name[(comma + 1)..].Trim()))
        {
            agency = name[(comma + 1)..].Trim();
            name = name[..comma].TrimEnd();
        }
        else if (aff.Success && OutletRegistry.BuiltIn.IsAgency(aff.Value.Trim()))
        {
            agency = aff.Value.Trim();
        }

        byline = name;
        return true;
    }

    /// <summary>A line that is only a news agency's name ("The Associated Press", "Reuters.").</summary>
    public static bool IsAgencyLine(string line) => line.Length <= 40 && OutletRegistry.BuiltIn.IsAgency(line.TrimEnd('.'));

    /// <summary>Recognises a dateline at the start of the lead; <paramref name="length"/> is how many characters
    /// of <paramref name="line"/> it takes, including the dash and the space after it.</summary>
    public static bool TryInlineDateline(string line, out int length, out string? agency, out DateOnly? date)
    {
        length = 0;
        agency = null;
        date = null;
        var m = Match(AgencyDatelineRx, line) ?? Match(WireSlashDatelineRx, line) ?? Match(AggregatorDatelineRx, line)
            ?? Match(PlaceDateDatelineRx, line) ?? Match(PlaceDatelineRx, line);
        if (m is null || m.Length >= line.Length)
        {
            // A dateline with nothing after it is not a lead; leave such a line to the other rules.
            return false;
        }

        length = m.Length;
        var agencyGroup = m.Groups["agency"];
        agency = agencyGroup.Success ? agencyGroup.Value.Trim() : null;
        var dateGroup = m.Groups["date"];
        date = dateGroup.Success ? DateTokens.ParseMonthNameDate(dateGroup.Value) : null;
        return true;
    }

    private static Match? Match(Regex rx, string line)
    {
        var m = rx.Match(line);
        return m.Success ? m : null;
    }
}
