using System.Collections.Frozen;

namespace Triangulate.Nlp.Dates;

/// <summary>
/// Four-digit numbers that are street numbers, not years: "located at 1912 S. Orange Ave.", "in the 1400 block of
/// Gherald Street". Local coverage of a shooting, a fire or a crash gives its address in the first paragraph, and
/// read as a year it became the first entry of the story's timeline.
/// </summary>
internal sealed partial class TimexMatcher
{
    /// <summary>How many capitalised words or direction letters may stand between the number and the street type.</summary>
    private const int MaxStreetNameWords = 4;

    private static readonly FrozenSet<string> StreetTypes = new[]
    {
        "street", "st", "avenue", "ave", "av", "road", "rd", "boulevard", "blvd", "drive", "dr", "lane", "ln",
        "highway", "hwy", "parkway", "pkwy",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StreetTypeSpans = StreetTypes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "1400 block", or after "at", "on", "near", "to" or "from" a number followed by capitalised words (and "S." style
    /// directions) that end in a street type. The preposition keeps "a 2015 Supreme Court ruling" and "the 2008 Wall
    /// Street crash" years.
    /// </summary>
    private bool IsStreetNumber(int i)
    {
        if (Is(i + 1, "block"))
        {
            return true;
        }

        if (!(Is(i - 1, "at") || Is(i - 1, "on") || Is(i - 1, "near") || Is(i - 1, "to") || Is(i - 1, "from")))
        {
            return false;
        }

        var words = 0;
        for (var j = i + 1; j < Count && words <= MaxStreetNameWords; j++)
        {
            if (IsPunct(j, '.'))
            {
                continue;
            }

            if (IsNumber(j) || !IsCapitalized(j))
            {
                return false;
            }

            if (words > 0 && StreetTypeSpans.Contains(Span(j)))
            {
                return true;
            }

            words++;
        }

        return false;
    }
}
