using Triangulate.Core.Text;
using Triangulate.Nlp.Models;

namespace Triangulate.Nlp.Entities;

/// <summary>
/// Multi-token name lists keyed by the hash of their lower-cased tokens. Each entry carries a bit mask of
/// list kinds (PER, ORG, LOC, MISC mined from training data; CITY from GeoNames). Matching marks every
/// token of every match with the kind and its position (B, I, L, U), which become tagger features.
/// </summary>
internal sealed class Gazetteer
{
    public const int KindCount = 9;
    public const int CityKind = 4;

    /// <summary>Kinds 5..8: names the model itself found in unlabelled news (self-training), by type.</summary>
    public const int AutoKind = 5;
    private const ulong Seed = 0x5EED5EED5EEDUL;
    private readonly Dictionary<ulong, ushort> _entries = [];

    /// <summary>The entries as a <see cref="FeatureTable{TValue}"/> for <see cref="Match"/>, built when a model is read;
    /// dropped by any change (training adds entries), after which the dictionary answers.</summary>
    private FeatureTable<ushort>? _table;

    public int MaxLength { get; private set; }

    public int Count => _entries.Count;

    public static ulong Key(ReadOnlySpan<ulong> lowerHashes)
    {
        var h = Seed;
        foreach (var x in lowerHashes)
        {
            h = FeatureHash.Combine(h, x);
        }

        return h;
    }

    public void Add(ReadOnlySpan<ulong> lowerHashes, int kind)
    {
        if (lowerHashes.Length == 0 || lowerHashes.Length > 8)
        {
            return;
        }

        AddKey(Key(lowerHashes), lowerHashes.Length, kind);
    }

    public void AddKey(ulong key, int length, int kind)
    {
        _table = null;
        _entries.TryGetValue(key, out var mask);
        _entries[key] = (ushort)(mask | (1 << kind));
        MaxLength = Math.Max(MaxLength, length);
    }

    /// <summary>Adds a name given as text, tokenized like running text.</summary>
    public void AddName(string name, int kind)
    {
        var spans = Tokenizer.Default.Tokenize(name);
        Span<ulong> hashes = stackalloc ulong[Math.Min(spans.Count, 8)];
        if (spans.Count > 8 || spans.Count == 0)
        {
            return;
        }

        for (var i = 0; i < spans.Count; i++)
        {
            hashes[i] = FeatureHash.OfLower(name.AsSpan(spans[i].Start, spans[i].Length));
        }

        Add(hashes, kind);
    }

    public Gazetteer Clone()
    {
        var copy = new Gazetteer { MaxLength = MaxLength };
        foreach (var (k, v) in _entries)
        {
            copy._entries[k] = v;
        }

        return copy;
    }

    /// <summary>
    /// ORs into <paramref name="flags"/>[j] the bit (kind*4 + position) of every match covering token j.
    /// A match must start at a token allowed by <paramref name="canStart"/> (capitalised or a digit).
    /// </summary>
    public void Match(ReadOnlySpan<ulong> lower, ReadOnlySpan<bool> canStart, Span<long> flags)
    {
        var table = _table;
        for (var i = 0; i < lower.Length; i++)
        {
            if (!canStart[i])
            {
                continue;
            }

            var h = Seed;
            var max = Math.Min(MaxLength, lower.Length - i);
            for (var len = 1; len <= max; len++)
            {
                h = FeatureHash.Combine(h, lower[i + len - 1]);
                if (!(table is null ? _entries.TryGetValue(h, out var mask) : table.TryGetValue(h, out mask)))
                {
                    continue;
                }

                for (var kind = 0; kind < KindCount; kind++)
                {
                    if ((mask & (1 << kind)) == 0)
                    {
                        continue;
                    }

                    if (len == 1)
                    {
                        flags[i] |= 1L << ((kind * 4) + 3);
                        continue;
                    }

                    flags[i] |= 1L << (kind * 4);
                    for (var j = i + 1; j < i + len - 1; j++)
                    {
                        flags[j] |= 1L << ((kind * 4) + 1);
                    }

                    flags[i + len - 1] |= 1L << ((kind * 4) + 2);
                }
            }
        }
    }

    public void Write(BinaryWriter w)
    {
        w.Write(MaxLength);
        HashedTable.Write(w, _entries, static (writer, value) => writer.Write(value));
    }

    public static Gazetteer Read(BinaryReader r)
    {
        var g = new Gazetteer { MaxLength = r.ReadInt32() };
        foreach (var (k, v) in HashedTable.Read(r, static reader => reader.ReadUInt16()))
        {
            g._entries[k] = v;
        }

        g._table = new FeatureTable<ushort>(g._entries);
        return g;
    }
}
