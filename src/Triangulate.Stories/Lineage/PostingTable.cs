namespace Triangulate.Stories.Lineage;

/// <summary>
/// Key → article positions in insertion order, capped per key. Compact on purpose: one dictionary entry per key
/// (head, tail, count) and 8 bytes per posting in two parallel arrays, instead of a list object per key (most
/// keys have a single posting). Lists stop growing one past the cap.
/// </summary>
internal sealed class PostingTable(int cap)
{
    private readonly Dictionary<ulong, (int Head, int Tail, int Count)> _keys = [];
    private int[] _positions = new int[1024];
    private int[] _next = new int[1024];
    private int _used;

    public int KeyCount => _keys.Count;

    public void Add(ulong key, int position)
    {
        if (_keys.TryGetValue(key, out var entry))
        {
            if (entry.Count > cap)
            {
                return;
            }

            var index = Append(position);
            _next[entry.Tail] = index;
            _keys[key] = (entry.Head, index, entry.Count + 1);
        }
        else
        {
            var index = Append(position);
            _keys[key] = (index, index, 1);
        }
    }

    /// <summary>The number of postings of a key, at most cap + 1.</summary>
    public int Count(ulong key) => _keys.TryGetValue(key, out var entry) ? entry.Count : 0;

    /// <summary>Copies up to <paramref name="buffer"/>.Length earliest positions of a key; returns how many.</summary>
    public int Positions(ulong key, Span<int> buffer)
    {
        if (!_keys.TryGetValue(key, out var entry))
        {
            return 0;
        }

        var n = 0;
        for (var index = entry.Head; n < buffer.Length && n < entry.Count; index = _next[index])
        {
            buffer[n++] = _positions[index];
        }

        return n;
    }

    /// <summary>Rebuilds the table without the positions <paramref name="keep"/> rejects.</summary>
    public void Retain(Func<int, bool> keep)
    {
        var old = _keys.ToArray();
        var positions = _positions;
        var next = _next;
        _keys.Clear();
        _positions = new int[Math.Max(1024, _used)];
        _next = new int[_positions.Length];
        _used = 0;
        foreach (var (key, entry) in old)
        {
            var index = entry.Head;
            for (var i = 0; i < entry.Count; i++, index = next[index])
            {
                if (keep(positions[index]))
                {
                    Add(key, positions[index]);
                }
            }
        }
    }

    private int Append(int position)
    {
        if (_used == _positions.Length)
        {
            Array.Resize(ref _positions, _used * 2);
            Array.Resize(ref _next, _used * 2);
        }

        _positions[_used] = position;
        _next[_used] = -1;
        return _used++;
    }
}
