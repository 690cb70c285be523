using CsCheck;

namespace Triangulate.Reliability.Tests.Properties;

/// <summary>
/// Generators of arbitrary Unicode text for the property tests: any code point (every plane, unpaired surrogates,
/// controls, combining marks, right-to-left and wide scripts, odd spaces and line breaks) mixed with the words,
/// figures and punctuation news stages look for, so the generated texts reach deep into the stages instead of being
/// rejected at the first character. Texts are short (under ~400 characters) so 10,000 cases per stage stay quick.
/// </summary>
public static class AnyText
{
    private static readonly string[] NewsWords =
    [
        "said", "says", "told", "according to", "the", "a", "of", "in", "on", "and", "that", "was", "were", "has", "had",
        "people", "killed", "injured", "dead", "wounded", "arrested", "rose to", "up from", "about", "more than", "at least",
        "Reuters", "AP", "John", "Smith", "Maria", "García", "Mr.", "Dr.", "President", "Minister", "police", "officials",
        "Monday", "Tuesday", "March", "2024", "yesterday", "last week", "on 5 May", "at 3 p.m.", "14", "three", "1,200",
        "3.5", "million", "$", "percent", "%", "km", "Port Alcena", "New York", "U.S.", "(AP)", "—", "PARIS, May 5 -",
        "By", "Copyright", "Advertisement", "Read more", "http://example.org/a", "e.g.", "No.", "St.",
    ];

    private static readonly string[] Punctuation =
    [
        " ", " ", " ", ". ", ", ", "\"", "\u201C", "\u201D", "'", "\u2018", "\u2019", "\u00AB", "\u00BB", "(", ")", "[", "]",
        ":", ";", "!", "?", "-", "\u2013", "\u2014", "\u2026", "\n", "\n\n", "\r\n", "\t", "\u00A0", "\u2028", "\u200B", "\uFEFF",
    ];

    private static readonly Gen<string> CodePoint = Gen.Int[0, 0x10FFFF].Select(cp => cp is >= 0xD800 and <= 0xDFFF ? ((char)cp).ToString() : char.ConvertFromUtf32(cp));

    private static readonly Gen<string> Script = Gen.OneOf<string>(
        "\u0301", "\u05D0\u05D1", "\u0627\u0644", "\u4E2D\u6587", "\uD83D\uDE00", "\u0000", "\u001B", "\u0085", "\u00E9", "I\u0307", "\uFFFD", "\uD800", "\uDC00");

    private static readonly Gen<string> Piece = Gen.Frequency<string>(
        (6, Gen.OneOf<string>(NewsWords)),
        (5, Gen.OneOf<string>(Punctuation)),
        (2, CodePoint),
        (1, Script),
        (1, Gen.Int[0, 100_000].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (1, Gen.Char['A', 'Z'].Select(c => c + "ab")));

    /// <summary>A text of 0 to 60 pieces.</summary>
    public static Gen<string> Text { get; } = Gen.Frequency<string>(
        (8, Piece.Array[0, 60].Select(string.Concat)),
        (1, CodePoint.Array[0, 40].Select(string.Concat)),
        (1, Gen.String));
}
