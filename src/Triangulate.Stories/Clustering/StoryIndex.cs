namespace Triangulate.Stories.Clustering;

/// <summary>
/// Inverted index from a term to the stories that have it among their heaviest terms, with the term's
/// share of the story's centroid. A lookup sums those shares over the article's heaviest terms: an
/// approximate cosine that picks the few candidates worth an exact comparison.
/// </summary>
internal sealed class StoryIndex(int termsPerStory)
{
    private readonly Dictionary<int, Dictionary<LiveStory, float>> _postings = [];
    private readonly Dictionary<LiveStory, int[]> _indexed = [];
    private readonly Dictionary<LiveStory, double> _scores = [];

    public int Count => _indexed.Count;

    public void Put(LiveStory story)
    {
        Remove(story);
        var v = story.Text;
        if (v.IsEmpty)
        {
            _indexed[story] = [];
            return;
        }

        var top = v.TopIndices(termsPerStory);
        var terms = new int[top.Length];
        var inv = (float)(1.0 / v.Norm);
        for (var k = 0; k < top.Length; k++)
        {
            var id = v.Ids[top[k]];
            terms[k] = id;
            if (!_postings.TryGetValue(id, out var posting))
            {
                posting = [];
                _postings[id] = posting;
            }

            posting[story] = v.Weights[top[k]] * inv;
        }

        _indexed[story] = terms;
    }

    public void Remove(LiveStory story)
    {
        if (!_indexed.Remove(story, out var terms))
        {
            return;
        }

        foreach (var id in terms)
        {
            var posting = _postings[id];
            posting.Remove(story);
            if (posting.Count == 0)
            {
                _postings.Remove(id);
            }
        }
    }

    /// <summary>Up to <paramref name="max"/> stories by approximate score, best first (ties: older story first).</summary>
    public List<LiveStory> Candidates(SparseVector query, int queryTerms, int max, LiveStory? exclude = null)
    {
        _scores.Clear();
        var top = query.TopIndices(queryTerms);
        foreach (var k in top)
        {
            if (!_postings.TryGetValue(query.Ids[k], out var posting))
            {
                continue;
            }

            var w = query.Weights[k];
            foreach (var (story, sw) in posting)
            {
                _scores[story] = _scores.GetValueOrDefault(story) + ((double)w * sw);
            }
        }

        if (exclude is not null)
        {
            _scores.Remove(exclude);
        }

        var list = new List<KeyValuePair<LiveStory, double>>(_scores);
        list.Sort(static (a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : a.Key.Number.CompareTo(b.Key.Number));
        var result = new List<LiveStory>(Math.Min(max, list.Count));
        for (var i = 0; i < list.Count && i < max; i++)
        {
            result.Add(list[i].Key);
        }

        return result;
    }
}
