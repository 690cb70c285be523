using System.Numerics;

namespace Triangulate.Core.Collections;

/// <summary>
/// How many values two ascending arrays share, by one merge of the two: the one place lineage (shingles,
/// figures), quote families (word ids) and conflicts (sentence numbers) count an overlap of sorted ids. Each had
/// its own copy of this loop.
/// </summary>
public static class SortedOverlap
{
    /// <summary>
    /// Values both <paramref name="a"/> and <paramref name="b"/> hold (each sorted ascending; a value repeated in both
    /// counts as often as it pairs up), stopping once <paramref name="atMost"/> are found, so "do they share k?" costs
    /// no more than finding k.
    /// </summary>
    public static int Count<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, int atMost = int.MaxValue)
        where T : struct, IComparisonOperators<T, T, bool>
    {
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length && common < atMost)
        {
            // Both cursors step without a branch on which value is smaller: the order is unpredictable, and
            // mispredictions were most of such a loop's time (SparseVector.Dot measured it).
            T x = a[i], y = b[j];
            common += x == y ? 1 : 0;
            i += x <= y ? 1 : 0;
            j += y <= x ? 1 : 0;
        }

        return common;
    }

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> (each sorted ascending) share at least one value.</summary>
    public static bool Any<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b)
        where T : struct, IComparisonOperators<T, T, bool> => Count(a, b, atMost: 1) > 0;

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> (each sorted ascending) share a value that
    /// <paramref name="accept"/> takes (clustering's headline names: a shared name counts only when it is rare).</summary>
    public static bool Any<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Func<T, bool> accept)
        where T : struct, IComparisonOperators<T, T, bool>
    {
        ArgumentNullException.ThrowIfNull(accept);
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            T x = a[i], y = b[j];
            if (x == y && accept(x))
            {
                return true;
            }

            i += x <= y ? 1 : 0;
            j += y <= x ? 1 : 0;
        }

        return false;
    }
}
