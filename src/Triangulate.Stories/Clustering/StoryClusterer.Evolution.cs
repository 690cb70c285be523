namespace Triangulate.Stories.Clustering;

// Merge and retirement: how stories change shape as evidence accumulates (splitting is in StoryClusterer.Split.cs).
public sealed partial class StoryClusterer
{
    private const int MaxMergesPerArticle = 3;

    private void Evolve(LiveStory story)
    {
        for (var i = 0; i < MaxMergesPerArticle && _live.ContainsKey(story.Number); i++)
        {
            var merged = TryMerge(story);
            if (merged is null)
            {
                break;
            }

            story = merged;
        }

        // Checking at sizes 4, 6, 9, 13, … (×1.5) keeps split checks amortised O(1) per article, also when merges jump sizes.
        var count = story.ArticleIds.Count;
        if (_live.ContainsKey(story.Number) && count >= Math.Max(story.NextSplitCheck, 2 * _options.MinSplitSize) && count <= _options.MaxMembersKept)
        {
            story.NextSplitCheck = count + Math.Max(1, count / 2);
            TrySplit(story);
        }
    }

    /// <summary>Merges <paramref name="story"/> with its most similar live story when their centroids agree; returns the survivor.</summary>
    private LiveStory? TryMerge(LiveStory story)
    {
        if (story.Text.IsEmpty)
        {
            return null;
        }

        var query = story.Text.Normalized();
        var outlet = story.SoleOutlet();
        LiveStory? best = null;
        var bestScore = double.MinValue;
        foreach (var other in _liveIndex.Candidates(query, _options.QueryTerms, _options.Candidates, story))
        {
            var gap = story.GapDays(other);
            var s = LinkScore(story, other) * SiteFactor(outlet, other.SoleOutlet());
            s = gap <= _options.DecayGraceDays ? s : s * Decay(gap, LinkAnchor(story, other));
            if (s < _options.MergeThreshold && HeadlineNamesApply(s) && SharesHeadlineName(story, other))
            {
                s = _options.MergeThreshold;
            }

            if (s > bestScore)
            {
                best = other;
                bestScore = s;
            }
        }

        if (best is null || bestScore < _options.MergeThreshold || Separable(story, best))
        {
            return null;
        }

        // The bigger story survives (ties: the older), so ids users already follow stay stable.
        var (keep, absorb) = best.ArticleIds.Count > story.ArticleIds.Count || (best.ArticleIds.Count == story.ArticleIds.Count && best.Number < story.Number)
            ? (best, story)
            : (story, best);
        Absorb(keep, absorb);
        Log(ClusterDecisionKind.Merge, keep, absorb, null, bestScore, absorb.ArticleIds.ToArray());
        return keep;
    }

    /// <summary>
    /// How well the smaller story's articles fit the bigger one: their mean similarity to its centroid. Unlike
    /// a centroid-to-centroid cosine this does not depend on story size, so a singleton merges on the same
    /// terms as an article joins. The mean of member dot products is the dot product of the member sum, so
    /// this costs one sparse dot, not one per member.
    /// </summary>
    private double LinkScore(LiveStory a, LiveStory b)
    {
        var (small, big) = a.ArticleIds.Count <= b.ArticleIds.Count ? (a, b) : (b, a);
        if (small.Size == 0 || big.Text.Norm == 0)
        {
            return 0;
        }

        var t = small.Text.Dot(big.Text) / (big.Text.Norm * small.Size) * Cohesion(big);
        if (small.EntityArticles == 0 || big.Entities.IsEmpty)
        {
            return t;
        }

        var e = small.Entities.Dot(big.Entities) / (big.Entities.Norm * small.EntityArticles);
        var w = _options.EntityWeight * small.EntityArticles / small.Size;
        return ((1 - w) * t) + (w * e);
    }

    /// <summary>Mean anchor similarity of the smaller story's articles to the bigger one's anchor centroid; null when either has none.</summary>
    private static double? LinkAnchor(LiveStory a, LiveStory b)
    {
        var (small, big) = a.ArticleIds.Count <= b.ArticleIds.Count ? (a, b) : (b, a);
        return small.AnchorArticles == 0 || big.Anchors.Norm == 0 ? null : small.Anchors.Dot(big.Anchors) / (big.Anchors.Norm * small.AnchorArticles);
    }

    /// <summary>Whether two stories stay apart by the split rule: merging them would be undone by the next split check.</summary>
    private bool Separable(LiveStory a, LiveStory b)
    {
        if (a.Members.Count + b.Members.Count > _options.MaxMembersKept || a.Members.Count < _options.MinSplitSize || b.Members.Count < _options.MinSplitSize)
        {
            return false;
        }

        var members = new List<StoryMember>(a.Members);
        members.AddRange(b.Members);
        var side = new bool[members.Count];
        for (var i = a.Members.Count; i < side.Length; i++)
        {
            side[i] = true;
        }

        return SeparationMargin(members, side) >= _options.SplitThreshold;
    }

    private void Absorb(LiveStory keep, LiveStory absorb)
    {
        RemoveLive(absorb);
        _liveByActivity.Remove((keep.LastActive, keep.Number));
        keep.Text = keep.Text.Add(absorb.Text, 1f, _options.MaxCentroidTerms);
        keep.Entities = keep.Entities.Add(absorb.Entities, 1f, _options.MaxCentroidTerms);
        keep.EntityArticles += absorb.EntityArticles;
        keep.Anchors = keep.Anchors.Add(absorb.Anchors, 1f, _options.MaxCentroidTerms);
        keep.AnchorArticles += absorb.AnchorArticles;
        foreach (var m in absorb.Members)
        {
            if (keep.Members.Count < _options.MaxMembersKept)
            {
                keep.Members.Add(m);
            }
        }

        foreach (var id in absorb.ArticleIds)
        {
            keep.ArticleIds.Add(id);
            _storyOf[id] = keep;
        }

        keep.ExtendDates(absorb.First);
        keep.ExtendDates(absorb.Last);
        keep.LastActive = Math.Max(keep.LastActive, absorb.LastActive);
        _liveByActivity.Add((keep.LastActive, keep.Number));
        _liveIndex.Put(keep);
    }

    private void RemoveLive(LiveStory story)
    {
        _live.Remove(story.Number);
        _liveByActivity.Remove((story.LastActive, story.Number));
        _liveIndex.Remove(story);
    }

    /// <summary>Retires the least recently active stories beyond the live cap; forgets the oldest retired beyond theirs.</summary>
    private void EnforceLiveCap()
    {
        while (_live.Count > _options.MaxLiveStories)
        {
            var (_, number) = _liveByActivity.Min;
            var story = _live[number];
            RemoveLive(story);
            _retired[number] = story;
            _retiredByActivity.Add((story.LastActive, number));
            _retiredIndex.Put(story);
            Log(ClusterDecisionKind.Retire, story, null, null, 0);
        }

        while (_retired.Count > _options.MaxRetiredStories)
        {
            var (_, number) = _retiredByActivity.Min;
            var story = _retired[number];
            Unretire(story);
            foreach (var id in story.ArticleIds)
            {
                _storyOf.Remove(id);
            }
        }
    }

    private void Unretire(LiveStory story)
    {
        _retired.Remove(story.Number);
        _retiredByActivity.Remove((story.LastActive, story.Number));
        _retiredIndex.Remove(story);
    }
}
