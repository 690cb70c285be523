using System.Collections.Frozen;

namespace Triangulate.Core.Text;

/// <summary>
/// The one table of English number words, "one" to "nineteen" and the tens to "ninety": the quantity reader
/// (Nlp) and the headline reader (Stories) look spelled counts up here, so both read "Sixty" as 60. Case is
/// ignored; scale words ("hundred", "million") and "dozen" are each reader's own business.
/// </summary>
public static class SpelledNumbers
{
    // A word's value follows from its place: ones[i] is i + 1, tens[i] is 10 × (i + 2).
    private static readonly string[] Ones =
    [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    public static readonly FrozenDictionary<string, double> Values = Ones.Select((word, i) => (word, Value: i + 1.0))
        .Concat(Tens.Select((word, i) => (word, Value: 10.0 * (i + 2))))
        .ToFrozenDictionary(p => p.word, p => p.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary><see cref="Values"/> looked up by a span of the text, without allocating a string.</summary>
    public static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Values.GetAlternateLookup<ReadOnlySpan<char>>();
}
