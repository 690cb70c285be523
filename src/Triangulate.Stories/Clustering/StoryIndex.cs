namespace Triangulate.Stories.Clustering;

/// <summary>
/// Inverted index from a term to the stories that have it among their heaviest terms, with the term's
/// share of the story's centroid. A lookup sums those shares over the article's heaviest terms: an
/// approximate cosine that picks the few candidates worth an exact comparison.
/// </summary>
/// <remarks>
/// Each indexed story holds a dense slot. A posting is a pair of arrays (slots, shares) and a lookup adds into an
/// array of scores by slot: at 10,000 live stories a common term's posting holds thousands of stories, and walking
/// dictionaries of story objects (each score written on the story itself) cost a cache miss per entry. A story
/// leaves a posting by moving the posting's last entry into its place, so postings are unordered; a lookup does not
/// depend on their order: each story's score adds the query's terms in the query's order, and the best few are
/// chosen by (score, story number), a total order.
/// </remarks>
internal sealed class StoryIndex(int termsPerStory)
{
    private readonly Dictionary<int, Posting> _postings = [];
    private readonly Dictionary<LiveStory, int> _slotOf = [];
    private readonly Stack<int> _freeSlots = new();
    private readonly List<int> _touched = [];
    private Entry[] _entries = new Entry[64];
    private double[] _scores = new double[64];
    private long[] _stamps = new long[64];
    private long _stamp;
    private int _slotsUsed;

    public int Count => _slotOf.Count;

    public void Put(LiveStory story)
    {
        Remove(story);
        var slot = NewSlot();
        _slotOf[story] = slot;
        var v = story.Text;
        if (v.IsEmpty)
        {
            _entries[slot] = new Entry(story, [], []);
            return;
        }

        var top = v.TopIndices(termsPerStory);
        var terms = new int[top.Length];
        var places = new int[top.Length];
        var inv = (float)(1.0 / v.Norm);
        for (var k = 0; k < top.Length; k++)
        {
            var id = v.Ids[top[k]];
            terms[k] = id;
            if (!_postings.TryGetValue(id, out var posting))
            {
                posting = new Posting();
                _postings[id] = posting;
            }

            places[k] = posting.Add(slot, v.Weights[top[k]] * inv);
        }

        _entries[slot] = new Entry(story, terms, places);
    }

    public void Remove(LiveStory story)
    {
        if (!_slotOf.Remove(story, out var slot))
        {
            return;
        }

        var entry = _entries[slot];
        for (var k = 0; k < entry.Terms.Length; k++)
        {
            var id = entry.Terms[k];
            var posting = _postings[id];
            var at = entry.Places[k];
            var moved = posting.RemoveAt(at);
            if (moved >= 0)
            {
                // The posting's last story now sits where this one was: tell it its new place for this term.
                var other = _entries[moved];
                other.Places[Array.IndexOf(other.Terms, id)] = at;
            }

            if (posting.Count == 0)
            {
                _postings.Remove(id);
            }
        }

        _entries[slot] = default;
        _freeSlots.Push(slot);
    }

    /// <summary>Up to <paramref name="max"/> stories by approximate score, best first (ties: older story first).</summary>
    public List<LiveStory> Candidates(SparseVector query, int queryTerms, int max, LiveStory? exclude = null)
    {
        // Scores accumulate by slot, stamped with a fresh lookup number: no clearing between lookups.
        var stamp = ++_stamp;
        var scores = _scores;
        var stamps = _stamps;
        _touched.Clear();
        var top = query.TopIndices(queryTerms);
        foreach (var k in top)
        {
            if (!_postings.TryGetValue(query.Ids[k], out var posting))
            {
                continue;
            }

            var w = (double)query.Weights[k];
            var slots = posting.Slots;
            var shares = posting.Shares;
            for (var i = 0; i < posting.Count; i++)
            {
                var slot = slots[i];
                if (stamps[slot] != stamp)
                {
                    stamps[slot] = stamp;
                    scores[slot] = 0;
                    _touched.Add(slot);
                }

                scores[slot] += w * shares[i];
            }
        }

        // Partial selection of the best few: the touched set can hold thousands of stories.
        var excluded = exclude is not null && _slotOf.TryGetValue(exclude, out var e) ? e : -1;
        var best = new List<int>(max + 1);
        foreach (var slot in _touched)
        {
            if (slot == excluded || (best.Count == max && !Before(slot, best[^1])))
            {
                continue;
            }

            var at = best.Count;
            while (at > 0 && Before(slot, best[at - 1]))
            {
                at--;
            }

            best.Insert(at, slot);
            if (best.Count > max)
            {
                best.RemoveAt(max);
            }
        }

        var result = new List<LiveStory>(best.Count);
        foreach (var slot in best)
        {
            result.Add(_entries[slot].Story!);
        }

        return result;
    }

    private bool Before(int a, int b) =>
        _scores[a] > _scores[b] || (_scores[a] == _scores[b] && _entries[a].Story!.Number < _entries[b].Story!.Number);

    private int NewSlot()
    {
        if (_freeSlots.Count > 0)
        {
            return _freeSlots.Pop();
        }

        if (_slotsUsed == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
            Array.Resize(ref _scores, _entries.Length);
            Array.Resize(ref _stamps, _entries.Length);
        }

        return _slotsUsed++;
    }

    /// <summary>An indexed story, its indexed terms, and its place in each term's posting.</summary>
    private readonly record struct Entry(LiveStory? Story, int[] Terms, int[] Places);

    /// <summary>The stories holding one term, as (slot, share) pairs in no particular order.</summary>
    private sealed class Posting
    {
        public int[] Slots { get; private set; } = new int[4];
        public float[] Shares { get; private set; } = new float[4];
        public int Count { get; private set; }

        /// <summary>Adds an entry; returns its place.</summary>
        public int Add(int slot, float share)
        {
            if (Count == Slots.Length)
            {
                var slots = Slots;
                var shares = Shares;
                Array.Resize(ref slots, Count * 2);
                Array.Resize(ref shares, Count * 2);
                Slots = slots;
                Shares = shares;
            }

            Slots[Count] = slot;
            Shares[Count] = share;
            return Count++;
        }

        /// <summary>Removes the entry at <paramref name="at"/> by moving the last one there; returns the moved entry's
        /// slot, or -1 when the removed entry was the last.</summary>
        public int RemoveAt(int at)
        {
            var last = --Count;
            if (at == last)
            {
                return -1;
            }

            Slots[at] = Slots[last];
            Shares[at] = Shares[last];
            return Slots[at];
        }
    }
}
