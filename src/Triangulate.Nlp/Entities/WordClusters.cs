using Triangulate.Nlp.Models;

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
    private readonly Dictionary<ulong, byte> _capitalisation;

    // The same tables for the per-token lookups (the dictionaries above are kept for Write).
    private readonly FeatureTable<int> _idTable;
    private readonly FeatureTable<byte> _capitalisationTable;

    public WordClusters(Dictionary<ulong, int> ids, Dictionary<ulong, byte>? capitalisation = null)
    {
        _ids = ids;
        _capitalisation = capitalisation ?? [];
        _idTable = new FeatureTable<int>(_ids);
        _capitalisationTable = new FeatureTable<byte>(_capitalisation);
    }

    public static WordClusters Empty { get; } = new([]);

    /// <summary>
    /// How often the lower-cased word is capitalised mid-sentence in unlabelled text, in bins: 0 unknown or
    /// rare, 1 almost never (&lt;5%), 2 &lt;30%, 3 &lt;70%, 4 &lt;95%, 5 almost always — a proper-noun prior that
    /// survives all-caps headlines and sentence-initial position.
    /// </summary>
    public byte CapitalisationBin(ulong lowerHash) => _capitalisationTable.TryGetValue(lowerHash, out var b) ? b : (byte)0;

    public static byte Bin(int capitalised, int lower)
    {
        var n = capitalised + lower;
        if (n < 3)
        {
            return 0;
        }

        var r = (double)capitalised / n;
        return r < 0.05 ? (byte)1 : r < 0.3 ? (byte)2 : r < 0.7 ? (byte)3 : r < 0.95 ? (byte)4 : (byte)5;
    }

    public int Count => _ids.Count;

    public static int Pack(int fine, int mid, int coarse) => (fine + 1) | ((mid + 1) << FineBits) | ((coarse + 1) << (FineBits + MidBits));

    public static int Fine(int packed) => packed & ((1 << FineBits) - 1);

    public static int Mid(int packed) => (packed >> FineBits) & ((1 << MidBits) - 1);

    public static int Coarse(int packed) => packed >> (FineBits + MidBits);

    /// <summary>Packed ids of <paramref name="word"/>, or 0 when unknown.</summary>
    public int Lookup(ReadOnlySpan<char> word, ulong exactHash)
    {
        if (_idTable.TryGetValue(exactHash, out var id) ||
            _idTable.TryGetValue(FeatureHash.OfTitle(word), out id) ||
            _idTable.TryGetValue(FeatureHash.OfLower(word), out id))
        {
            return id;
        }

        return 0;
    }

    public void Write(BinaryWriter w)
    {
        HashedTable.Write(w, _ids, static (writer, value) => writer.Write(value));
        HashedTable.Write(w, _capitalisation, static (writer, value) => writer.Write(value));
    }

    public static WordClusters Read(BinaryReader r)
    {
        var ids = HashedTable.Read(r, static reader => reader.ReadInt32());
        var caps = HashedTable.Read(r, static reader => reader.ReadByte());
        return new WordClusters(ids, caps);
    }
}
