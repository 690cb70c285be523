namespace Triangulate.Stories.Clustering;

// Re-weighing: a streaming clusterer weighs each article with the document frequencies of its moment, so the first
// articles of a stream are weighed with an almost empty vocabulary. Re-weighing recent members with today's
// frequencies (and rebuilding their stories' centroids) brings a stream close to what one batch would have seen.
public sealed partial class StoryClusterer
{
    /// <summary>
    /// Recomputes the vectors of the given articles with the current document frequencies, for articles that are
    /// kept members of live stories holding all their members' vectors, and rebuilds those stories' centroids.
    /// Returns the numbers of the stories changed (their state must be saved).
    /// </summary>
    public IReadOnlyList<int> Reweigh(IReadOnlyList<ClusterInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var touched = new Dictionary<int, LiveStory>();
        foreach (var input in inputs)
        {
            if (!_storyOf.TryGetValue(input.Id, out var story) || !_live.ContainsKey(story.Number) || story.Members.Count != story.ArticleIds.Count)
            {
                continue;
            }

            var at = story.Members.FindIndex(m => m.ArticleId == input.Id);
            if (at < 0)
            {
                continue;
            }

            var counts = _features.Count(input);
            var text = _features.Vectorize(counts.TextIds, counts.TextCounts);
            var entities = _features.Vectorize(counts.EntityIds, counts.EntityCounts);
            var anchors = _features.VectorizeAnchors(counts.AnchorIds, counts.AnchorCounts);
            story.Members[at] = Member(counts, Prune(text), Prune(entities), Prune(anchors));
            touched[story.Number] = story;
        }

        foreach (var story in touched.Values)
        {
            var (active, nextSplit) = (story.LastActive, story.NextSplitCheck);
            RemoveLive(story);
            Rebuild(story, [.. story.Members]);
            story.LastActive = active;
            story.NextSplitCheck = nextSplit;
            _live[story.Number] = story;
            _liveByActivity.Add((story.LastActive, story.Number));
            _liveIndex.Put(story);
        }

        return [.. touched.Keys.Order()];
    }

    /// <summary>What <see cref="AddBatch"/> does to its own articles, for any recent ones: move misplaced articles,
    /// re-check merges and splits of their stories with all evidence in, move again. Returns the moves.</summary>
    public int Settle(IReadOnlyCollection<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        var moves = Refine(articleIds, rounds: 1);
        Reevolve(articleIds);
        Unmerge(articleIds);
        return moves + Refine(articleIds, rounds: 1);
    }

    /// <summary>
    /// Splits a story of these articles whose best two-way partition would not pass the merge test now: two stories
    /// merged while their words were weighed with a young vocabulary, which the current weights keep apart.
    /// </summary>
    private void Unmerge(IReadOnlyCollection<string> articleIds)
    {
        foreach (var n in LiveStoriesOf(articleIds))
        {
            if (!_live.TryGetValue(n, out var story) || story.Members.Count != story.ArticleIds.Count || story.Members.Count < 2 * _options.MinSplitSize)
            {
                continue;
            }

            var members = story.Members;
            if (TwoMeans(members) is not { } side)
            {
                continue;
            }

            var na = CountSide(side, false);
            if (na < _options.MinSplitSize || members.Count - na < _options.MinSplitSize)
            {
                continue;
            }

            var (a, b) = (Half(members, side, false), Half(members, side, true));
            a.EntityArticles = CountEntities(members, side, false);
            b.EntityArticles = CountEntities(members, side, true);
            var link = a.Size <= b.Size ? LinkScore(a, b) : LinkScore(b, a);
            if (link < _options.MergeThreshold && !(HeadlineNamesApply(link) && SharesHeadlineName(a, b)))
            {
                ApplySplit(story, [.. members], side, link);
            }
        }

        EnforceLiveCap();
    }

    private static int CountEntities(List<StoryMember> members, bool[] side, bool which)
    {
        var n = 0;
        for (var i = 0; i < members.Count; i++)
        {
            n += side[i] == which && !members[i].Entities.IsEmpty ? 1 : 0;
        }

        return n;
    }
}
