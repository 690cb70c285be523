namespace Triangulate.Stories.Lineage;

/// <summary>Hash sets as lineage compares them: sorted arrays without repeats, so two can be merged in one pass.</summary>
internal static class SortedHashes
{
    /// <summary>A sorted copy of <paramref name="hashes"/> with each value once.</summary>
    public static ulong[] Distinct(ReadOnlySpan<ulong> hashes)
    {
        var copy = hashes.ToArray();
        Array.Sort(copy);
        var n = 0;
        for (var i = 0; i < copy.Length; i++)
        {
            if (n == 0 || copy[n - 1] != copy[i])
            {
                copy[n++] = copy[i];
            }
        }

        Array.Resize(ref copy, n);
        return copy;
    }
}
