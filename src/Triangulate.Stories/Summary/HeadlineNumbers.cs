using System.Collections.Frozen;
using System.Globalization;
using Triangulate.Core.Text;

namespace Triangulate.Stories.Summary;

/// <summary>The counts a headline states ("12", "1,200", "Twelve") and its words, for <see cref="StoryTitleStage"/>.</summary>
internal static class HeadlineNumbers
{
    // Headlines spell small counts out; larger ones are written in digits. Beyond the shared number words, a
    // headline's "a hundred" or "a dozen" states a count too.
    private static readonly FrozenDictionary<string, double> Counts = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100,
        ["dozen"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

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
            else if (SpelledNumbers.Values.TryGetValue(token, out var spelled) || Counts.TryGetValue(token, out spelled))
            {
                numbers.Add(spelled);
            }
        }

        return numbers;
    }

    /// <summary>Its words of three letters or more, lower case.</summary>
    public static HashSet<string> Words(string headline) =>
        [.. Tokens(headline).Where(t => t.Length >= 3 && char.IsLetter(t[0])).Select(t => t.ToLowerInvariant())];

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
