namespace Triangulate.Nlp.Entities;

/// <summary>A sentence's tokens and their static (tag-independent) feature buckets.</summary>
internal sealed class PreparedSentence
{
    public PreparedSentence(NerToken[] tokens, int[] buckets, int[] offsets)
    {
        Tokens = tokens;
        Buckets = buckets;
        Offsets = offsets;
    }

    public NerToken[] Tokens { get; }

    /// <summary>Static feature buckets of token i: Buckets[Offsets[i]..Offsets[i + 1]].</summary>
    public int[] Buckets { get; }

    public int[] Offsets { get; }

    public int Length => Tokens.Length;

    public ReadOnlySpan<int> StaticOf(int i) => Buckets.AsSpan(Offsets[i], Offsets[i + 1] - Offsets[i]);
}
