using System.Globalization;
using Triangulate.Core.Text;

namespace Triangulate.Stories.Summary;

/// <summary>The counts a headline states ("12", "1,200", "Twelve") and its words, for <see cref="StoryTitleStage"/>.</summary>
internal static class HeadlineNumbers
{
    /// <summary>Every count stated, in digits (thousands separators allowed) or as a word.</summary>
    public static HashSet<double> Of(string headline)
    {
        var numbers = new HashSet<double>();
        foreach (var token in Tokens(headline))
        {
            if (char.IsAsciiDigit(token[0]))
            {
                if (double.TryParse(token.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                {
                    numbers.Add(value);
                }
            }
            else if (Spelled(token) is { } spelled)
            {
                numbers.Add(spelled);
            }
        }

        return numbers;
    }

    /// <summary>Its words of three letters or more, lower case.</summary>
    public static HashSet<string> Words(string headline) =>
        [.. Tokens(headline).Where(t => t.Length >= 3 && char.IsLetter(t[0])).Select(t => t.ToLowerInvariant())];

    // Headlines spell small counts out (the shared number words); larger ones are written in digits, or as "a
    // hundred" or "a dozen".
    private static double? Spelled(string word) =>
        SpelledNumbers.Values.TryGetValue(word, out var value) ? value
        : word.Equals("hundred", StringComparison.OrdinalIgnoreCase) ? 100.0
        : word.Equals("dozen", StringComparison.OrdinalIgnoreCase) ? 12.0
        : (double?)null;

    /// <summary>Runs of letters, or of digits with the commas and points inside a number.</summary>
    private static IEnumerable<string> Tokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var digits = char.IsAsciiDigit(text[i]);
            while (i < text.Length && (digits
                ? char.IsAsciiDigit(text[i]) || ((text[i] == ',' || text[i] == '.') && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
                : char.IsLetter(text[i])))
            {
                i++;
            }

            if (i == start)
            {
                i++;
                continue;
            }

            yield return text[start..i];
        }
    }
}
