namespace Triangulate.Stories.Clustering;

/// <summary>
/// Inverted index from a term to the stories that have it among their heaviest terms, with the term's
/// share of the story's centroid. A lookup sums those shares over the article's heaviest terms: an
/// approximate cosine that picks the few candidates worth an exact comparison.
/// </summary>
internal sealed class StoryIndex(int termsPerStory, ScoreEpoch epoch)
{
    private readonly Dictionary<int, Dictionary<LiveStory, float>> _postings = [];
    private readonly Dictionary<LiveStory, int[]> _indexed = [];
    private readonly List<LiveStory> _touched = [];

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
        // Scores accumulate on the stories themselves, stamped with a fresh epoch: no dictionary, no clearing.
        var stamp = ++epoch.Value;
        _touched.Clear();
        var top = query.TopIndices(queryTerms);
        foreach (var k in top)
        {
            if (!_postings.TryGetValue(query.Ids[k], out var posting))
            {
                continue;
            }

            var w = (double)query.Weights[k];
            foreach (var (story, sw) in posting)
            {
                if (story.ScoreStamp != stamp)
                {
                    story.ScoreStamp = stamp;
                    story.Score = 0;
                    _touched.Add(story);
                }

                story.Score += w * sw;
            }
        }

        // Partial selection of the best few: the touched set can hold thousands of stories.
        var result = new List<LiveStory>(max + 1);
        foreach (var story in _touched)
        {
            if (story == exclude || (result.Count == max && !Before(story, result[^1])))
            {
                continue;
            }

            var at = result.Count;
            while (at > 0 && Before(story, result[at - 1]))
            {
                at--;
            }

            result.Insert(at, story);
            if (result.Count > max)
            {
                result.RemoveAt(max);
            }
        }

        return result;
    }

    private static bool Before(LiveStory a, LiveStory b) => a.Score > b.Score || (a.Score == b.Score && a.Number < b.Number);
}
