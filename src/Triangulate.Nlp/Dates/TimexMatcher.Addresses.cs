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
        "street", "st", "avenue", "ave", "av", "road", "rd", "boulevard", "blvd", "drive", "dr", "lane", "ln", "way",
        "court", "ct", "place", "pl", "highway", "hwy", "parkway", "pkwy", "terrace", "circle", "pike", "trail",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StreetTypeSpans = StreetTypes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"1400 block", or a number followed by capitalised words (and "S." style directions) that end in a street type.</summary>
    private bool IsStreetNumber(int i)
    {
        if (Is(i + 1, "block"))
        {
            return true;
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
