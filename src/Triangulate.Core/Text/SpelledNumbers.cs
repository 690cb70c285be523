using System.Collections.Frozen;

namespace Triangulate.Core.Text;

/// <summary>
/// The one table of English number words, "one" to "nineteen" and the tens to "ninety": the quantity reader
/// (Nlp) and the headline reader (Stories) look spelled counts up here, so both read "Sixty" as 60. Case is
/// ignored; scale words ("hundred", "million") and "dozen" are each reader's own business.
/// </summary>
public static class SpelledNumbers
{
    public static readonly FrozenDictionary<string, double> Values = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary><see cref="Values"/> looked up by a span of the text, without allocating a string.</summary>
    public static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Values.GetAlternateLookup<ReadOnlySpan<char>>();
}
