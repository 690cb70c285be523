namespace Triangulate.Core.Text;

/// <summary>
/// FNV-1a, 64 bits, over UTF-16 units: a stable hash of text (string.GetHashCode is randomised per process), for
/// hashes that are compared across processes or stored (lineage fingerprints, figure skeletons, line shapes).
/// It spreads low bits poorly: callers that bucket or sample by low bits mix the result first (<see cref="Mix64"/>).
/// </summary>
public static class Fnv1a
{
    public const ulong Offset = 14695981039346656037UL;
    public const ulong Prime = 1099511628211UL;

    /// <summary>The hash of <paramref name="text"/>.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var h = Offset;
        foreach (var c in text)
        {
            h = Step(h, c);
        }

        return h;
    }

    /// <summary>The hash of <paramref name="text"/> lower-cased (invariant), without allocating the lower-cased copy.</summary>
    public static ulong OfLower(ReadOnlySpan<char> text)
    {
        var h = Offset;
        foreach (var c in text)
        {
            h = Step(h, char.ToLowerInvariant(c));
        }

        return h;
    }

    /// <summary>One step: <paramref name="value"/> folded into <paramref name="hash"/> (a sequence of hashes hashes as
    /// its values in turn, from <see cref="Offset"/>).</summary>
    public static ulong Step(ulong hash, ulong value) => (hash ^ value) * Prime;
}
