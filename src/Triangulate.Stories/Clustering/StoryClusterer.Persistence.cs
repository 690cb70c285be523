using Triangulate.Core.Living;

namespace Triangulate.Stories.Clustering;

// Piecewise persistence for a living store: the clusterer keeps only a window of stories in memory; the rest
// live in the store and come back one at a time (Import), found through their persisted index terms.
public sealed partial class StoryClusterer
{
    /// <summary>Term counts computed by <see cref="ColdQueryTerms"/>, reused by the <see cref="AddBatch"/> that follows
    /// (counting is a pass over the text; the vocabulary grows in the same order either way).</summary>
    private readonly Dictionary<ClusterInput, TermCounts> _counted = new(ReferenceEqualityComparer.Instance);

    /// <summary>A clusterer that continues from persisted global state: vocabulary (term id = position),
    /// document frequencies, counters. Stories are added afterwards with <see cref="Import"/>.</summary>
    public static StoryClusterer Resume(StoryClustererOptions? options, IEnumerable<string> terms, IEnumerable<int> documentFrequencies, int documents, long sequence, int nextStoryNumber)
    {
        options ??= new StoryClustererOptions();
        var stats = new TermStatistics([.. terms], [.. documentFrequencies], documents, options.IdfPriorDocuments);
        return new StoryClusterer(options, stats) { _sequence = sequence, _nextNumber = nextStoryNumber };
    }

    public long Sequence => _sequence;

    public int NextStoryNumber => _nextNumber;

    /// <summary>Terms in the vocabulary; ids are 0 … count − 1 in order of first sight.</summary>
    public int TermCount => _stats.Terms.Count;

    public string TermAt(int id) => _stats.Term(id);

    /// <summary>Document frequency per term id (a live view; copy it to persist).</summary>
    public IReadOnlyList<int> DocumentFrequencies => _stats.DocumentFrequencies;

    /// <summary>The number inside a story id of this clusterer ("story-12" → 12).</summary>
    public static int NumberOf(string storyId)
    {
        ArgumentNullException.ThrowIfNull(storyId);
        return int.Parse(storyId.AsSpan(storyId.LastIndexOf('-') + 1), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The number of the story holding <paramref name="articleId"/>, without copying its members.</summary>
    public int? StoryNumberOf(string articleId) => _storyOf.TryGetValue(articleId, out var story) ? story.Number : null;

    /// <summary>Whether the story is in memory (live or retired).</summary>
    public bool Holds(int number) => _live.ContainsKey(number) || _retired.ContainsKey(number);

    public bool IsLive(int number) => _live.ContainsKey(number);

    /// <summary>Headline facts of a story in memory; null when it is not.</summary>
    public StoryFacts? FactsOf(int number)
    {
        var story = _live.GetValueOrDefault(number) ?? _retired.GetValueOrDefault(number);
        return story is null ? null : new StoryFacts(number, CentralTitle(story), story.First, story.Last, story.ArticleIds.Count, _live.ContainsKey(number), story.LastActive);
    }

    /// <summary>The story's state without its article ids (the store keeps membership); null when not in memory.</summary>
    public StorySnapshot? Export(int number)
    {
        var story = _live.GetValueOrDefault(number) ?? _retired.GetValueOrDefault(number);
        return story is null ? null : ToSnapshot(story, withArticleIds: false);
    }

    /// <summary>Adds a stored story back, live or retired (a retired one can be revived by a matching article).
    /// <paramref name="articleIds"/> are its members from the store.</summary>
    public void Import(StorySnapshot snapshot, IReadOnlyList<string> articleIds, bool live)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(articleIds);
        if (Holds(snapshot.Number))
        {
            return;
        }

        var story = FromSnapshot(snapshot);
        story.ArticleIds.Clear();
        story.ArticleIds.AddRange(articleIds);
        Shelve(story, live);
        _nextNumber = Math.Max(_nextNumber, story.Number + 1);
    }

    /// <summary>Drops every retired story from memory (after the caller persisted them); returns their numbers.</summary>
    public IReadOnlyList<int> ForgetRetired()
    {
        var numbers = _retired.Keys.ToList();
        foreach (var number in numbers)
        {
            var story = _retired[number];
            Unretire(story);
            foreach (var id in story.ArticleIds)
            {
                if (_storyOf.TryGetValue(id, out var s) && s == story)
                {
                    _storyOf.Remove(id);
                }
            }
        }

        return numbers;
    }

    /// <summary>The decisions logged since the last call, removed from the log (it would otherwise grow forever).</summary>
    public IReadOnlyList<ClusterDecision> DrainDecisions()
    {
        var drained = _decisions.ToArray();
        _decisions.Clear();
        return drained;
    }

    /// <summary>A story's heaviest centroid terms with their share of it: its entries in a candidate index.</summary>
    public IReadOnlyList<TermWeight> IndexTerms(int number)
    {
        var story = _live.GetValueOrDefault(number) ?? _retired.GetValueOrDefault(number);
        return story is null ? [] : TopTerms(story.Text, _options.IndexTermsPerStory, normalize: true);
    }

    /// <summary>
    /// An article's heaviest terms (its candidate query for stories kept outside memory), or none when a live
    /// story already scores above the join threshold. Unseen words join the vocabulary unobserved.
    /// </summary>
    public IReadOnlyList<TermWeight> ColdQueryTerms(ClusterInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var counts = _features.Count(input);
        _counted[input] = counts;
        var text = _features.Vectorize(counts.TextIds, counts.TextCounts);
        var article = Member(counts, text, _features.Vectorize(counts.EntityIds, counts.EntityCounts), _features.VectorizeAnchors(counts.AnchorIds, counts.AnchorCounts));
        return Reaches(_liveIndex, article, _options.JoinThreshold) ? [] : TopTerms(text, _options.QueryTerms, normalize: false);
    }

    /// <summary>Counts an article in the document frequencies only (replaying articles committed after a checkpoint).</summary>
    public void ObserveOnly(ClusterInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Observe(_features.Count(input));
    }

    private static TermWeight[] TopTerms(SparseVector v, int count, bool normalize)
    {
        if (v.IsEmpty)
        {
            return [];
        }

        var top = v.TopIndices(count);
        var inv = normalize ? (float)(1.0 / v.Norm) : 1f;
        var result = new TermWeight[top.Length];
        for (var k = 0; k < top.Length; k++)
        {
            result[k] = new TermWeight(v.Ids[top[k]], v.Weights[top[k]] * inv);
        }

        return result;
    }
}
