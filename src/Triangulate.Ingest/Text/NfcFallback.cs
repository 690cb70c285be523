using System.Buffers;
using System.Text;

namespace Triangulate.Ingest.Text;

/// <summary>
/// Unicode NFC without ICU. The repository runs with InvariantGlobalization, where string.Normalize
/// silently returns its input unchanged, so text pasted from macOS ("e" + U+0301) would never match its
/// precomposed twin. This is the UAX #15 algorithm (full canonical decomposition, canonical ordering,
/// canonical composition) over tables generated from ICU by tools/NfcTableGen; combining classes are
/// kept as ranks, which preserve their order. Checked against ICU on every code point and on random
/// mark sequences when the tables were generated.
/// </summary>
internal static partial class NfcFallback
{
    private const int HangulSBase = 0xAC00;
    private const int HangulLBase = 0x1100;
    private const int HangulVBase = 0x1161;
    private const int HangulTBase = 0x11A7;
    private const int HangulLCount = 19;
    private const int HangulVCount = 21;
    private const int HangulTCount = 28;
    private const int HangulNCount = HangulVCount * HangulTCount;
    private const int HangulSCount = HangulLCount * HangulNCount;

    private static readonly Dictionary<int, int> Classes = BuildClasses();
    private static readonly Dictionary<long, int> Pairs = BuildPairs();
    private static readonly Dictionary<int, int[]> Decompositions = BuildDecompositions();

    /// <summary>One bit per BMP char: set when NFC may change text at that char (non-zero combining class,
    /// second half of a composition, a char NFC never keeps, a Hangul vowel or final, a surrogate).</summary>
    private static readonly ulong[] MayChangeBits = BuildMayChange();

    /// <summary>Index of the first char at which NFC could change the text, or -1 when it is already NFC.</summary>
    public static int IndexOfFirstCandidate(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length)
        {
            // Nothing below U+0300 is affected by NFC: skip those runs vectorised, test the rest bit by bit.
            var skip = text[i..].IndexOfAnyExceptInRange('\0', '\u02FF');
            if (skip < 0)
            {
                return -1;
            }

            for (i += skip; i < text.Length && text[i] >= '\u0300'; i++)
            {
                int c = text[i];
                if ((MayChangeBits[c >> 6] & (1UL << (c & 63))) != 0)
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>The NFC form of <paramref name="text"/>.</summary>
    public static string Compose(ReadOnlySpan<char> text)
    {
        // A UTF-16 char decomposes canonically to at most 4 code points (U+1F82 and friends); Hangul to 3.
        var buffer = ArrayPool<int>.Shared.Rent((text.Length * 4) + 4);
        try
        {
            var count = Decompose(text, buffer);
            Reorder(buffer.AsSpan(0, count));
            count = Recompose(buffer.AsSpan(0, count));
            return Encode(buffer.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }
    }

    private static int Decompose(ReadOnlySpan<char> text, int[] buffer)
    {
        var count = 0;
        var index = 0;
        while (index < text.Length)
        {
            Rune.DecodeFromUtf16(text[index..], out var rune, out var used);
            index += used;
            var cp = rune.Value;
            var s = cp - HangulSBase;
            if ((uint)s < HangulSCount)
            {
                buffer[count++] = HangulLBase + (s / HangulNCount);
                buffer[count++] = HangulVBase + (s % HangulNCount / HangulTCount);
                if (s % HangulTCount != 0)
                {
                    buffer[count++] = HangulTBase + (s % HangulTCount);
                }
            }
            else if (Decompositions.TryGetValue(cp, out var parts))
            {
                parts.CopyTo(buffer, count);
                count += parts.Length;
            }
            else
            {
                buffer[count++] = cp;
            }
        }

        return count;
    }

    /// <summary>Canonical ordering: a stable sort by combining class of each run of non-starters (runs are short).</summary>
    private static void Reorder(Span<int> cps)
    {
        for (var i = 1; i < cps.Length; i++)
        {
            var cls = ClassOf(cps[i]);
            if (cls == 0)
            {
                continue;
            }

            var j = i;
            while (j > 0 && ClassOf(cps[j - 1]) > cls)
            {
                (cps[j - 1], cps[j]) = (cps[j], cps[j - 1]);
                j--;
            }
        }
    }

    /// <summary>Canonical composition (UAX #15): a char joins the last starter unless a char between them is blocking.</summary>
    private static int Recompose(Span<int> cps)
    {
        if (cps.IsEmpty)
        {
            return 0;
        }

        var starter = 0;
        var lastClass = ClassOf(cps[0]) == 0 ? 0 : 256;
        var write = 1;
        for (var read = 1; read < cps.Length; read++)
        {
            var cp = cps[read];
            var cls = ClassOf(cp);
            if ((lastClass < cls || lastClass == 0) && TryCompose(cps[starter], cp, out var composite))
            {
                cps[starter] = composite;
                continue;
            }

            if (cls == 0)
            {
                starter = write;
            }

            lastClass = cls;
            cps[write++] = cp;
        }

        return write;
    }

    private static bool TryCompose(int first, int second, out int composite)
    {
        var lIndex = first - HangulLBase;
        var vIndex = second - HangulVBase;
        if ((uint)lIndex < HangulLCount && (uint)vIndex < HangulVCount)
        {
            composite = HangulSBase + (((lIndex * HangulVCount) + vIndex) * HangulTCount);
            return true;
        }

        var sIndex = first - HangulSBase;
        var tIndex = second - HangulTBase;
        if ((uint)sIndex < HangulSCount && sIndex % HangulTCount == 0 && tIndex > 0 && tIndex < HangulTCount)
        {
            composite = first + tIndex;
            return true;
        }

        return Pairs.TryGetValue(Key(first, second), out composite);
    }

    private static int ClassOf(int cp) => cp < 0x300 ? 0 : Classes.GetValueOrDefault(cp);

    private static string Encode(ReadOnlySpan<int> codePoints)
    {
        var length = 0;
        foreach (var cp in codePoints)
        {
            length += cp > 0xFFFF ? 2 : 1;
        }

        var chars = length <= 1024 ? stackalloc char[length] : new char[length];
        var at = 0;
        foreach (var cp in codePoints)
        {
            at += new Rune(cp).EncodeToUtf16(chars[at..]);
        }

        return new string(chars);
    }

    private static long Key(int first, int second) => ((long)first << 21) | (uint)second;

    private static Dictionary<int, int> BuildClasses()
    {
        var table = ClassTable;
        var map = new Dictionary<int, int>(table.Length / 2);
        for (var i = 0; i < table.Length; i += 2)
        {
            map[table[i]] = table[i + 1];
        }

        return map;
    }

    private static Dictionary<long, int> BuildPairs()
    {
        var table = PairTable;
        var pairs = new Dictionary<long, int>(table.Length / 3);
        for (var i = 0; i < table.Length; i += 3)
        {
            pairs[Key(table[i], table[i + 1])] = table[i + 2];
        }

        return pairs;
    }

    private static Dictionary<int, int[]> BuildDecompositions()
    {
        var table = DecompositionTable;
        var map = new Dictionary<int, int[]>();
        var i = 0;
        while (i < table.Length)
        {
            var length = table[i + 1];
            map[table[i]] = table.Slice(i + 2, length).ToArray();
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

        foreach (var cp in Classes.Keys)
        {
            Set(cp);
        }

        var pairs = PairTable;
        for (var i = 1; i < pairs.Length; i += 3)
        {
            Set(pairs[i]);
        }

        // Chars whose NFC is not themselves: those that decompose but are no primary composite.
        var composites = new HashSet<int>();
        for (var i = 2; i < pairs.Length; i += 3)
        {
            composites.Add(pairs[i]);
        }

        foreach (var cp in Decompositions.Keys)
        {
            if (!composites.Contains(cp))
            {
                Set(cp);
            }
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
