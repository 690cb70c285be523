namespace Triangulate.Nlp.Entities;

/// <summary>
/// Word → cluster ids at three granularities (fine, mid, coarse), learned from unlabelled news by
/// <see cref="WordClusterTrainer"/>. Looked up by exact form, then title case, then lower case, so an
/// all-caps headline word ("GERMANY") finds the cluster of "Germany".
/// </summary>
internal sealed class WordClusters
{
    public const int FineBits = 11;
    public const int MidBits = 9;
    private readonly Dictionary<ulong, int> _ids;

    public WordClusters(Dictionary<ulong, int> ids) => _ids = ids;

    public static WordClusters Empty { get; } = new([]);

    public int Count => _ids.Count;

    public static int Pack(int fine, int mid, int coarse) => (fine + 1) | ((mid + 1) << FineBits) | ((coarse + 1) << (FineBits + MidBits));

    public static int Fine(int packed) => packed & ((1 << FineBits) - 1);

    public static int Mid(int packed) => (packed >> FineBits) & ((1 << MidBits) - 1);

    public static int Coarse(int packed) => packed >> (FineBits + MidBits);

    /// <summary>Packed ids of <paramref name="word"/>, or 0 when unknown.</summary>
    public int Lookup(ReadOnlySpan<char> word, ulong exactHash)
    {
        if (_ids.TryGetValue(exactHash, out var id) ||
            _ids.TryGetValue(FeatureHash.OfTitle(word), out id) ||
            _ids.TryGetValue(FeatureHash.OfLower(word), out id))
        {
            return id;
        }

        return 0;
    }

    public void Write(BinaryWriter w)
    {
        w.Write(_ids.Count);
        foreach (var (k, v) in _ids.OrderBy(e => e.Key))
        {
            w.Write(k);
            w.Write(v);
        }
    }

    public static WordClusters Read(BinaryReader r)
    {
        var n = r.ReadInt32();
        var ids = new Dictionary<ulong, int>(n);
        for (var i = 0; i < n; i++)
        {
            var k = r.ReadUInt64();
            ids[k] = r.ReadInt32();
        }

        return new WordClusters(ids);
    }
}
