using System.Buffers;
using System.Text;

namespace Triangulate.Ingest.Text;

/// <summary>
/// Canonical composition (NFC) without ICU. The repository runs with InvariantGlobalization, where
/// string.Normalize silently returns its input unchanged, so text pasted from macOS ("e" + U+0301) would
/// never match its precomposed twin. The tables come from ICU (tools/NfcTableGen) and already contain the
/// reordered pairs (e.g. "ê" + U+0323 → "ệ"), so composing mark by mark in input order gives NFC for
/// real-world Latin, Greek, Cyrillic, Hebrew, Arabic, Indic, Kana and Hangul text. Known gap: combining
/// marks that compose with nothing are not canonically reordered.
/// </summary>
internal static partial class NfcFallback
{
    private static readonly HashSet<int> Marks = [.. MarkTable.ToArray()];
    private static readonly Dictionary<long, int> Pairs = BuildPairs();
    private static readonly Dictionary<int, int[]> Singletons = BuildSingletons();

    /// <summary>One bit per BMP char: set when NFC may change text at that char (a mark, a singleton, a Hangul vowel or final, a surrogate).</summary>
    private static readonly ulong[] MayChangeBits = BuildMayChange();

    private const int HangulSBase = 0xAC00;
    private const int HangulLBase = 0x1100;
    private const int HangulVBase = 0x1161;
    private const int HangulTBase = 0x11A7;
    private const int HangulLCount = 19;
    private const int HangulVCount = 21;
    private const int HangulTCount = 28;
    private const int HangulNCount = HangulVCount * HangulTCount;
    private const int HangulSCount = HangulLCount * HangulNCount;

    /// <summary>Index of the first char at which NFC could change the text, or -1 when it is already NFC.</summary>
    public static int IndexOfFirstCandidate(ReadOnlySpan<char> text)
    {
        var start = text.IndexOfAnyExceptInRange('\0', '\u02FF');
        if (start < 0)
        {
            return -1;
        }

        for (var i = start; i < text.Length; i++)
        {
            int c = text[i];
            if (c >= 0x300 && (MayChangeBits[c >> 6] & (1UL << (c & 63))) != 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Composes <paramref name="text"/> to NFC (see the type's remarks for the known gap).</summary>
    public static string Compose(ReadOnlySpan<char> text)
    {
        var buffer = ArrayPool<int>.Shared.Rent(text.Length + 4);
        try
        {
            var count = 0;
            var starter = -1;
            var index = 0;
            while (index < text.Length)
            {
                Rune.DecodeFromUtf16(text[index..], out var rune, out var used);
                index += used;
                if (Singletons.TryGetValue(rune.Value, out var replacement))
                {
                    foreach (var cp in replacement)
                    {
                        Append(buffer, ref count, ref starter, cp);
                    }
                }
                else
                {
                    Append(buffer, ref count, ref starter, rune.Value);
                }
            }

            return Encode(buffer.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }
    }

    private static void Append(int[] buffer, ref int count, ref int starter, int cp)
    {
        if (starter >= 0)
        {
            var last = buffer[starter];
            if (Marks.Contains(cp) && Pairs.TryGetValue(Key(last, cp), out var composite))
            {
                buffer[starter] = composite;
                return;
            }

            if (starter == count - 1 && TryComposeHangul(last, cp, out composite))
            {
                buffer[starter] = composite;
                return;
            }
        }

        buffer[count++] = cp;
        if (!Marks.Contains(cp))
        {
            starter = count - 1;
        }
    }

    private static bool TryComposeHangul(int first, int second, out int composite)
    {
        composite = 0;
        var lIndex = first - HangulLBase;
        var vIndex = second - HangulVBase;
        if ((uint)lIndex < HangulLCount && (uint)vIndex < HangulVCount)
        {
            composite = HangulSBase + ((lIndex * HangulVCount) + vIndex) * HangulTCount;
            return true;
        }

        var sIndex = first - HangulSBase;
        var tIndex = second - HangulTBase;
        if ((uint)sIndex < HangulSCount && sIndex % HangulTCount == 0 && tIndex > 0 && tIndex < HangulTCount)
        {
            composite = first + tIndex;
            return true;
        }

        return false;
    }

    private static string Encode(ReadOnlySpan<int> codePoints)
    {
        var length = 0;
        foreach (var cp in codePoints)
        {
            length += cp > 0xFFFF ? 2 : 1;
        }

        return string.Create(length, codePoints.ToArray(), static (span, cps) =>
        {
            var at = 0;
            foreach (var cp in cps)
            {
                at += new Rune(cp).EncodeToUtf16(span[at..]);
            }
        });
    }

    private static long Key(int starter, int mark) => ((long)starter << 21) | (uint)mark;

    private static Dictionary<long, int> BuildPairs()
    {
        var pairs = new Dictionary<long, int>(PairTable.Length / 3);
        for (var i = 0; i < PairTable.Length; i += 3)
        {
            pairs[Key(PairTable[i], PairTable[i + 1])] = PairTable[i + 2];
        }

        return pairs;
    }

    private static Dictionary<int, int[]> BuildSingletons()
    {
        var map = new Dictionary<int, int[]>();
        var i = 0;
        while (i < SingletonTable.Length)
        {
            var length = SingletonTable[i + 1];
            map[SingletonTable[i]] = SingletonTable.Slice(i + 2, length).ToArray();
            i += 2 + length;
        }

        return map;
    }

    private static ulong[] BuildMayChange()
    {
        var bits = new ulong[65536 / 64];
        void Set(int c)
        {
            if (c < 65536)
            {
                bits[c >> 6] |= 1UL << (c & 63);
            }
        }

        foreach (var mark in MarkTable)
        {
            Set(mark);
        }

        foreach (var single in Singletons.Keys)
        {
            Set(single);
        }

        for (var c = 0xD800; c <= 0xDFFF; c++)
        {
            Set(c);
        }

        for (var c = HangulVBase; c < HangulVBase + HangulVCount; c++)
        {
            Set(c);
        }

        for (var c = HangulTBase + 1; c < HangulTBase + HangulTCount; c++)
        {
            Set(c);
        }

        return bits;
    }
}
