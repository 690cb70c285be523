using System.Globalization;
using Triangulate.Core.Text;

namespace Triangulate.Stories.Lineage;

/// <summary>
/// The figures of a text in their slots: each number ("6-3/16", "1,101,000", "twelve" = "12") with the
/// word before it ("arrange 1.5", "about 265,000"). Template reports (dividend notices, bond launches, daily
/// market operations) share their wording and fill the same slots with different figures; copies and
/// corrections of one report keep the figures, and a partial update simply has slots the other lacks.
/// Four-digit years are left out: every report of a season shares them.
/// </summary>
public sealed class NumberSignature
{
    // The shared number words ("one" to "ninety", SpelledNumbers) and "hundred", each with its figure in digits.
    private static readonly Dictionary<string, string> Words = SpelledNumbers.Values
        .Append(new("hundred", 100))
        .ToDictionary(p => p.Key, p => ((int)p.Value).ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal);

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> WordLookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private NumberSignature(ulong[] slots, ulong[] values)
    {
        Slots = slots;
        Values = values;
    }

    public static NumberSignature Empty { get; } = new([], []);

    /// <summary>Hash of the two words before each figure, sorted; <see cref="Values"/> is parallel.</summary>
    public ulong[] Slots { get; }

    public ulong[] Values { get; }

    public int Count => Slots.Length;

    public static NumberSignature Compute(string text, TokenSequence tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var slots = new List<ulong>();
        var values = new List<ulong>();
        var scannedTo = 0;
        Span<char> word = stackalloc char[9];
        for (var t = 0; t < tokens.Count; t++)
        {
            var start = tokens.Starts[t];
            if (start < scannedTo)
            {
                continue;
            }

            // Two words of context: "Pay April 15" and "Record April 3" are different slots.
            var slot = ((t > 1 ? (ulong)tokens.Hashes[t - 2] : 0UL) << 32) | (t > 0 ? tokens.Hashes[t - 1] : 0U);
            if (char.IsAsciiDigit(text[start]))
            {
                var end = NumberEnd(text, start);
                scannedTo = end;
                if (!IsYear(text.AsSpan(start, end - start)))
                {
                    slots.Add(slot);
                    values.Add(Hash(text.AsSpan(start, end - start)));
                }
            }
            else if (tokens.Ends[t] - start is >= 3 and <= 9)
            {
                var length = tokens.Ends[t] - start;
                for (var i = 0; i < length; i++)
                {
                    word[i] = TextFolding.Fold(text[start + i]);
                }

                if (WordLookup.TryGetValue(word[..length], out var digits))
                {
                    slots.Add(slot);
                    values.Add(Hash(digits));
                }
            }
        }

        if (slots.Count == 0)
        {
            return Empty;
        }

        ulong[] slotArray = [.. slots], valueArray = [.. values];
        Array.Sort(slotArray, valueArray);
        return new NumberSignature(slotArray, valueArray);
    }

    /// <summary>
    /// Slots both texts fill, counted as agreeing (some figure in common) or conflicting (none in common).
    /// </summary>
    public (int Agree, int Conflict) Compare(NumberSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        int agree = 0, conflict = 0, i = 0, j = 0;
        while (i < Slots.Length && j < other.Slots.Length)
        {
            if (Slots[i] < other.Slots[j])
            {
                i++;
            }
            else if (Slots[i] > other.Slots[j])
            {
                j++;
            }
            else
            {
                var slot = Slots[i];
                var iEnd = i;
                while (iEnd < Slots.Length && Slots[iEnd] == slot)
                {
                    iEnd++;
                }

                var jEnd = j;
                while (jEnd < other.Slots.Length && other.Slots[jEnd] == slot)
                {
                    jEnd++;
                }

                if (Intersects(Values.AsSpan(i, iEnd - i), other.Values.AsSpan(j, jEnd - j)))
                {
                    agree++;
                }
                else
                {
                    conflict++;
                }

                i = iEnd;
                j = jEnd;
            }
        }

        return (agree, conflict);
    }

    private static bool Intersects(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        foreach (var x in a)
        {
            if (b.Contains(x))
            {
                return true;
            }
        }

        return false;
    }

    // Digits with internal separators: "6-3/16", "1,101,000", "26.50". A trailing separator is not part of it.
    private static int NumberEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                i++;
            }
            else if (text[i] is '.' or ',' or '/' or '-' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static bool IsYear(ReadOnlySpan<char> number) =>
        number.Length == 4 && ((number[0] == '1' && number[1] == '9') || (number[0] == '2' && number[1] == '0'));

    private static ulong Hash(ReadOnlySpan<char> value) => Fnv1a.Of(value);
}
