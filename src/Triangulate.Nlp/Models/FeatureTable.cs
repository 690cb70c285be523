namespace Triangulate.Nlp.Models;

/// <summary>
/// A read-only table keyed by a 64-bit feature hash, for the taggers' per-token lookups (part-of-speech weight
/// rows, word clusters). Open addressing with linear probing over one array of key and value pairs, at most half
/// full: a lookup touches one cache line, where <see cref="Dictionary{TKey,TValue}"/> reads a bucket and then an
/// entry elsewhere. It answers exactly what the dictionary it was built from answers.
/// </summary>
internal sealed class FeatureTable<TValue>
    where TValue : struct
{
    private readonly Entry[] _entries;
    private readonly int _shift;

    // Key 0 marks an empty slot, so a real key 0 is kept aside.
    private readonly bool _hasZero;
    private readonly TValue _zeroValue;

    public FeatureTable(IReadOnlyDictionary<ulong, TValue> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var bits = 1;
        while ((1L << bits) < 2L * source.Count)
        {
            bits++;
        }

        _entries = new Entry[1 << bits];
        _shift = 64 - bits;
        Count = source.Count;
        foreach (var (key, value) in source)
        {
            if (key == 0)
            {
                (_hasZero, _zeroValue) = (true, value);
                continue;
            }

            var i = Slot(key);
            while (_entries[i].Key != 0)
            {
                i = (i + 1) & (_entries.Length - 1);
            }

            _entries[i] = new Entry(key, value);
        }
    }

    public int Count { get; }

    public bool TryGetValue(ulong key, out TValue value)
    {
        if (key == 0)
        {
            value = _zeroValue;
            return _hasZero;
        }

        var entries = _entries;
        var mask = entries.Length - 1;
        for (var i = Slot(key); ; i = (i + 1) & mask)
        {
            ref readonly var entry = ref entries[i];
            if (entry.Key == key)
            {
                value = entry.Value;
                return true;
            }

            if (entry.Key == 0)
            {
                value = default;
                return false;
            }
        }
    }

    /// <summary>Fibonacci hashing: the top bits of key × 2^64/φ, so keys that differ only in low bits still spread.</summary>
    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    private readonly record struct Entry(ulong Key, TValue Value);
}
