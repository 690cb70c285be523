using System.Runtime.CompilerServices;

namespace Triangulate.Core.Text;

/// <summary>
/// 64-bit finalisers: xor-shift and multiply rounds that spread every input bit over the output, so that low bits
/// of a hash (<see cref="Fnv1a"/> spreads them poorly) can be used for sampling and bucketing. There are two, and
/// they must stay two: each one's outputs are kept beyond a process, so swapping one for the other would move them.
/// </summary>
public static class Mix64
{
    /// <summary>
    /// SplitMix64's finaliser (shifts 30, 27, 31). Lineage's shingle, passage, band and figure hashes come from it;
    /// they are stored with each article's fingerprint.
    /// </summary>
    public static ulong SplitMix(ulong x) => Rounds(x, 30, 0xBF58476D1CE4E5B9UL, 27, 0x94D049BB133111EBUL, 31);

    /// <summary>
    /// The named-entity features' finaliser (shifts 31, 27, 33, other multipliers). The trained NER model's weights
    /// are stored by the feature buckets it gives, so changing it would mean retraining the model.
    /// </summary>
    public static ulong Features(ulong x) => Rounds(x, 31, 0x7FB5D329728EA185UL, 27, 0x81DADEF4BC2DD44DUL, 33);

    // Inlined so that the shifts and multipliers of each caller are constants again.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Rounds(ulong x, int shift1, ulong multiplier1, int shift2, ulong multiplier2, int shift3)
    {
        x ^= x >> shift1;
        x *= multiplier1;
        x ^= x >> shift2;
        x *= multiplier2;
        x ^= x >> shift3;
        return x;
    }
}
