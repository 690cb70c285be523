namespace Triangulate.Stories.Claims;

/// <summary>
/// A claim's stems, stem bigrams and names as ids interned for one alignment (sorted, so two claims' shared count is
/// a merge of two int arrays instead of a string hash lookup per item), and the stems that index it (three letters or
/// more) in its stem set's own order, which fixes the order alignment meets candidates in.
/// </summary>
internal sealed class ClaimKeys
{
    private ClaimKeys(int[] stems, int[] bigrams, int[] names, int[] postingStems, int length)
    {
        Stems = stems;
        Bigrams = bigrams;
        Names = names;
        PostingStems = postingStems;
        Length = length;
    }

    public int[] Stems { get; }
    public int[] Bigrams { get; }
    public int[] Names { get; }
    public int[] PostingStems { get; }

    /// <summary>The statement's length in stems (<see cref="ClaimCandidate.Stems"/>, repeats counted).</summary>
    public int Length { get; }

    public static ClaimKeys Of(ClaimCandidate claim, Dictionary<string, int> intern, int minimumPostingLength)
    {
        var posting = new List<int>(claim.StemSet.Count);
        foreach (var stem in claim.StemSet)
        {
            if (stem.Length >= minimumPostingLength)
            {
                posting.Add(Id(stem, intern));
            }
        }

        return new ClaimKeys(Sorted(claim.StemSet, intern), Sorted(claim.Bigrams, intern), Sorted(claim.Names, intern), [.. posting], claim.Stems.Count);
    }

    private static int[] Sorted(HashSet<string> items, Dictionary<string, int> intern)
    {
        var ids = new int[items.Count];
        var k = 0;
        foreach (var item in items)
        {
            ids[k++] = Id(item, intern);
        }

        Array.Sort(ids);
        return ids;
    }

    private static int Id(string item, Dictionary<string, int> intern)
    {
        if (!intern.TryGetValue(item, out var id))
        {
            id = intern.Count;
            intern[item] = id;
        }

        return id;
    }
}
