using Triangulate.Core.Text;

namespace Triangulate.Nlp.Entities;

/// <summary>
/// Deterministic 64-bit hashing of text and feature templates. string.GetHashCode is randomised per
/// process, so a persisted model needs a stable function (<see cref="Fnv1a"/> over UTF-16 units, then
/// <see cref="Mix64.Features"/>, which the trained model's buckets depend on).
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = Fnv1a.Offset;
    private const ulong Prime = Fnv1a.Prime;

    public static ulong Of(ReadOnlySpan<char> s) => Fnv1a.Of(s);

    public static ulong OfLower(ReadOnlySpan<char> s) => Fnv1a.OfLower(s);

    /// <summary>Hash of the word with its first letter upper-cased and the rest lower-cased ("GERMANY" → "Germany").</summary>
    public static ulong OfTitle(ReadOnlySpan<char> s)
    {
        var h = Offset;
        for (var i = 0; i < s.Length; i++)
        {
            var c = i == 0 ? char.ToUpperInvariant(s[i]) : char.ToLowerInvariant(s[i]);
            h = (h ^ c) * Prime;
        }

        return h;
    }

    public static ulong Combine(ulong a, ulong b) => Mix64.Features(a ^ (b * 0x9E3779B97F4A7C15UL));

    /// <summary>Bucket index for template <paramref name="template"/> with value <paramref name="value"/>.</summary>
    public static int Bucket(int template, ulong value, int shift) =>
        (int)(Mix64.Features(value + ((ulong)template * 0xC2B2AE3D27D4EB4FUL)) >> shift);
}
