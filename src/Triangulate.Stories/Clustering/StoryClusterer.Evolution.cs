namespace Triangulate.Stories.Clustering;

// Merge, split and retirement: how stories change shape as evidence accumulates.
public sealed partial class StoryClusterer
{
    private const int MaxMergesPerArticle = 3;
    private const int KMeansRounds = 6;

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

        if (_live.ContainsKey(story.Number) && IsSplitCheckpoint(story.ArticleIds.Count))
        {
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
        var queryEntities = story.Entities.Normalized();
        LiveStory? best = null;
        var bestScore = double.MinValue;
        foreach (var other in _liveIndex.Candidates(query, _options.QueryTerms, _options.Candidates, story))
        {
            var s = Similarity(query, queryEntities, other) * Decay(story.GapDays(other));
            if (s > bestScore)
            {
                best = other;
                bestScore = s;
            }
        }

        if (best is null || bestScore < _options.MergeThreshold)
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

    private void Absorb(LiveStory keep, LiveStory absorb)
    {
        RemoveLive(absorb);
        _liveByActivity.Remove((keep.LastActive, keep.Number));
        keep.Text = keep.Text.Add(absorb.Text, 1f, _options.MaxCentroidTerms);
        keep.Entities = keep.Entities.Add(absorb.Entities, 1f, _options.MaxCentroidTerms);
        keep.EntityArticles += absorb.EntityArticles;
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

    // Checking at sizes 4, 6, 8, 12, 16, 24, … keeps split checks amortised O(1) per article.
    private bool IsSplitCheckpoint(int count)
    {
        if (count < 2 * _options.MinSplitSize || count > _options.MaxMembersKept)
        {
            return false;
        }

        var p = 1;
        while (p * 2 <= count)
        {
            p *= 2;
        }

        return count == p || count == p + (p / 2);
    }

    /// <summary>Two-means over the members; splits when the halves are less alike than <see cref="StoryClustererOptions.SplitThreshold"/>.</summary>
    private void TrySplit(LiveStory story)
    {
        var members = story.Members;
        if (members.Count != story.ArticleIds.Count)
        {
            return;
        }

        var side = TwoMeans(members);
        if (side is null)
        {
            return;
        }

        var na = CountSide(side, false);
        if (na < _options.MinSplitSize || members.Count - na < _options.MinSplitSize)
        {
            return;
        }

        // Split only when no member would have joined the other half: then the story is two events that an
        // early bridging article glued together, not one event told in two registers.
        var score = CrossSimilarity(members, side);
        if (score >= _options.SplitThreshold)
        {
            return;
        }

        // The side holding the story's first article keeps the id.
        var offSide = !side[0];
        var split = new LiveStory(_nextNumber++);
        var kept = new List<StoryMember>();
        foreach (var (m, s) in members.Zip(side))
        {
            (s == offSide ? split.Members : kept).Add(m);
        }

        RemoveLive(story);
        Rebuild(story, kept);
        Rebuild(split, split.Members.ToList());
        foreach (var s in new[] { story, split })
        {
            s.LastActive = _sequence;
            _live[s.Number] = s;
            _liveByActivity.Add((s.LastActive, s.Number));
            _liveIndex.Put(s);
            foreach (var id in s.ArticleIds)
            {
                _storyOf[id] = s;
            }
        }

        Log(ClusterDecisionKind.Split, story, split, null, score, split.ArticleIds.ToArray());
    }

    /// <summary>The highest similarity of any member to the other half's centroid.</summary>
    private double CrossSimilarity(List<StoryMember> members, bool[] side)
    {
        var halves = new[] { Half(members, side, false), Half(members, side, true) };
        var max = double.MinValue;
        for (var i = 0; i < members.Count; i++)
        {
            var other = halves[side[i] ? 0 : 1];
            max = Math.Max(max, Similarity(members[i].Text, members[i].Entities, other));
        }

        return max;
    }

    private static LiveStory Half(List<StoryMember> members, bool[] side, bool which) => new(0)
    {
        Text = Centroid(members, side, which),
        Entities = EntityCentroid(members, side, which),
    };

    private void Rebuild(LiveStory story, List<StoryMember> members)
    {
        story.Members.Clear();
        story.ArticleIds.Clear();
        story.First = story.Last = null;
        story.Text = SparseVector.Empty;
        story.Entities = SparseVector.Empty;
        story.EntityArticles = 0;
        foreach (var m in members)
        {
            story.Members.Add(m);
            story.ArticleIds.Add(m.ArticleId);
            story.ExtendDates(m.Published);
            story.Text = story.Text.Add(m.Text, 1f, _options.MaxCentroidTerms);
            if (!m.Entities.IsEmpty)
            {
                story.Entities = story.Entities.Add(m.Entities, 1f, _options.MaxCentroidTerms);
                story.EntityArticles++;
            }
        }
    }

    /// <summary>Side per member (false/true), seeded with the least similar pair; null when there is nothing to split.</summary>
    private static bool[]? TwoMeans(List<StoryMember> members)
    {
        var n = members.Count;
        var (s1, s2, worst) = (-1, -1, double.MaxValue);
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var c = members[i].Text.Cosine(members[j].Text);
                if (c < worst)
                {
                    (s1, s2, worst) = (i, j, c);
                }
            }
        }

        if (s1 < 0)
        {
            return null;
        }

        var ca = members[s1].Text;
        var cb = members[s2].Text;
        var side = new bool[n];
        for (var round = 0; round < KMeansRounds; round++)
        {
            var changed = false;
            for (var i = 0; i < n; i++)
            {
                var toB = members[i].Text.Cosine(cb) > members[i].Text.Cosine(ca);
                changed |= toB != side[i];
                side[i] = toB;
            }

            if (!changed && round > 0)
            {
                break;
            }

            ca = Centroid(members, side, false);
            cb = Centroid(members, side, true);
        }

        return side;
    }

    private static SparseVector Centroid(List<StoryMember> members, bool[] side, bool which)
    {
        var c = SparseVector.Empty;
        for (var i = 0; i < members.Count; i++)
        {
            if (side[i] == which)
            {
                c = c.Add(members[i].Text, 1f, int.MaxValue);
            }
        }

        return c;
    }

    private static SparseVector EntityCentroid(List<StoryMember> members, bool[] side, bool which)
    {
        var c = SparseVector.Empty;
        for (var i = 0; i < members.Count; i++)
        {
            if (side[i] == which && !members[i].Entities.IsEmpty)
            {
                c = c.Add(members[i].Entities, 1f, int.MaxValue);
            }
        }

        return c;
    }

    private static int CountSide(bool[] side, bool which)
    {
        var n = 0;
        foreach (var s in side)
        {
            n += s == which ? 1 : 0;
        }

        return n;
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
