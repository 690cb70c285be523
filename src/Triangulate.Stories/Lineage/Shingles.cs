using Triangulate.Core.Text;

namespace Triangulate.Stories.Lineage;

/// <summary>Overlapping k-word shingles of a token sequence, hashed to 64 bits.</summary>
public static class Shingles
{
    /// <summary>Hashes of every run of <paramref name="k"/> tokens; a shorter text yields one shingle of all its tokens.</summary>
    public static ulong[] Compute(TokenSequence tokens, int k)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (tokens.Count == 0)
        {
            return [];
        }

        var width = Math.Min(k, tokens.Count);
        var result = new ulong[tokens.Count - width + 1];
        var hashes = tokens.Hashes;
        for (var i = 0; i < result.Length; i++)
        {
            ulong h = 0x9E3779B97F4A7C15UL;
            for (var j = 0; j < width; j++)
            {
                h = (h ^ hashes[i + j]) * 0x100000001B3UL;
                h ^= h >> 29;
            }

            result[i] = Mix64.SplitMix(h);
        }

        return result;
    }
}
