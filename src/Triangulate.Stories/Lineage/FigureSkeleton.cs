using System.Runtime.InteropServices;
using Triangulate.Core.Collections;
using Triangulate.Core.Text;

namespace Triangulate.Stories.Lineage;

/// <summary>
/// The figures of a text in the order it gives them, written the same whatever the language: "2,012", "2.012"
/// and "2 012" are one value, "5.93" and "5,93" another. A paraphrase or a translation of a report rewords every
/// sentence but keeps its figures, mostly in the same order; an independent report of the same event shares
/// some of them in its own order. Values under 10 ("two", "dos", "3") and four-digit years are left out: they
/// are spelled differently across languages or shared by every report of a season.
/// </summary>
public sealed class FigureSkeleton
{
    private const int MaxFigures = 200;

    private FigureSkeleton(ulong[] sequence, ulong[] distinct)
    {
        Sequence = sequence;
        Distinct = distinct;
    }

    public static FigureSkeleton Empty { get; } = new([], []);

    /// <summary>Value hashes in text order (repeats kept).</summary>
    public ulong[] Sequence { get; }

    /// <summary>Distinct value hashes, sorted.</summary>
    public ulong[] Distinct { get; }

    public static FigureSkeleton Compute(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sequence = new List<ulong>();
        Span<char> value = stackalloc char[32];
        var i = 0;
        while (i < text.Length && sequence.Count < MaxFigures)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '.' or ',')))
            {
                i++;
                continue;
            }

            var (end, length) = Read(text, i, value);
            i = end;
            if (length > 0 && Significant(value[..length]))
            {
                sequence.Add(Hash(value[..length]));
            }
        }

        if (sequence.Count == 0)
        {
            return Empty;
        }

        return new FigureSkeleton([.. sequence], SortedHashes.Distinct(CollectionsMarshal.AsSpan(sequence)));
    }

    /// <summary>Distinct values both texts give.</summary>
    public int Shared(FigureSkeleton other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return SortedOverlap.Count<ulong>(Distinct, other.Distinct);
    }

    /// <summary>
    /// How far the two texts give their shared figures in the same order: the longest common subsequence of the
    /// two sequences restricted to shared values, over the shorter restricted sequence (1 = same order).
    /// </summary>
    public double OrderAgreement(FigureSkeleton other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var a = Restrict(Sequence, other.Distinct);
        var b = Restrict(other.Sequence, Distinct);
        var shorter = Math.Min(a.Length, b.Length);
        return shorter == 0 ? 0 : (double)Lcs(a, b) / shorter;
    }

    private static ulong[] Restrict(ulong[] sequence, ulong[] allowed)
    {
        var result = new List<ulong>(sequence.Length);
        ulong? last = null;
        foreach (var v in sequence)
        {
            // A figure repeated back to back ("2,012 dead ... the 2,012 victims") counts once.
            if (v != last && Array.BinarySearch(allowed, v) >= 0)
            {
                result.Add(v);
            }

            last = v;
        }

        return [.. result];
    }

    private static int Lcs(ulong[] a, ulong[] b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    // Digits with separators, normalised: a separator before exactly three digits groups thousands ("2,012",
    // "2.012", "2 012"); any other '.' or ',' is the decimal point ("5.93", "5,93"). Returns the end and the length.
    private static (int End, int Length) Read(string text, int start, Span<char> value)
    {
        var n = 0;
        var i = start;
        while (i < text.Length && n < value.Length - 1)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                value[n++] = c;
                i++;
                continue;
            }

            if (c is '.' or ',' or ' ' or '\u00A0' or '\u202F' or '\'' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                var digits = CountDigits(text, i + 1);
                if (digits == 3)
                {
                    i++;
                    continue;
                }

                if (c is '.' or ',')
                {
                    value[n++] = '.';
                    i++;
                    continue;
                }
            }

            break;
        }

        // "5.90" and "5,9" are one value.
        var dot = value[..n].IndexOf('.');
        if (dot >= 0)
        {
            while (n > dot + 1 && value[n - 1] == '0')
            {
                n--;
            }

            if (n == dot + 1)
            {
                n = dot;
            }
        }

        return (i, n);
    }

    private static int CountDigits(string text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i - start;
    }

    private static bool Significant(ReadOnlySpan<char> value)
    {
        var dot = value.IndexOf('.');
        var integer = dot >= 0 ? value[..dot] : value;
        if (integer.Length <= 1 && dot < 0)
        {
            return false;
        }

        var isYear = integer.Length == 4 && dot < 0 && ((integer[0] == '1' && integer[1] == '9') || (integer[0] == '2' && integer[1] == '0'));
        return !isYear && !(integer.Length == 1 && integer[0] == '0' && dot < 0);
    }

    private static ulong Hash(ReadOnlySpan<char> value) => Mix64.SplitMix(Fnv1a.Of(value));
}
