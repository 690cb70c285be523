namespace Triangulate.Stories.Lineage;

/// <summary>
/// One-permutation MinHash (Li, Owen and Zhang 2012) with rotation densification (Shrivastava and Li 2014):
/// one pass over the shingles instead of one per hash function, so sketching costs O(n) per article.
/// </summary>
public static class MinHashSketch
{
    /// <summary>A signature of <paramref name="size"/> 32-bit values; empty input gives all-max values.</summary>
    public static uint[] Compute(ReadOnlySpan<ulong> shingles, int size)
    {
        var signature = new uint[size];
        Array.Fill(signature, uint.MaxValue);
        var bucketBits = (ulong)size;
        foreach (var s in shingles)
        {
            var bucket = (int)((s >> 32) % bucketBits);
            var value = (uint)s;
            if (value < signature[bucket])
            {
                signature[bucket] = value;
            }
        }

        Densify(signature);
        return signature;
    }

    /// <summary>The fraction of equal positions: an estimate of the shingle-set Jaccard similarity.</summary>
    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var same = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                same++;
            }
        }

        return a.Length == 0 ? 0 : (double)same / a.Length;
    }

    // Empty buckets borrow from the next originally non-empty one, offset by the distance so that two
    // sketches agree on a borrowed bucket only when they agree on the donor and on the gap.
    private static void Densify(uint[] signature)
    {
        var n = signature.Length;
        var original = (uint[])signature.Clone();
        for (var i = 0; i < n; i++)
        {
            if (original[i] != uint.MaxValue)
            {
                continue;
            }

            for (var step = 1; step < n; step++)
            {
                var donor = original[(i + step) % n];
                if (donor != uint.MaxValue)
                {
                    signature[i] = donor + (uint)(step * 0x9E3779B1u);
                    break;
                }
            }
        }
    }
}
