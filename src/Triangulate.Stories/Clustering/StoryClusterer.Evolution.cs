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
        LiveStory? best = null;
        var bestScore = double.MinValue;
        foreach (var other in _liveIndex.Candidates(query, _options.QueryTerms, _options.Candidates, story))
        {
            var gap = story.GapDays(other);
            var s = LinkScore(story, other) * SiteFactor(story.SoleOutlet(), other.SoleOutlet());
            s = gap <= _options.DecayGraceDays ? s : s * Decay(gap, LinkAnchor(story, other));
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

        // Split only when the halves are clearly apart: even the 10th-percentile member is closer to its own
        // half (leave-one-out) than to the other by SplitThreshold. One event told twice gives margins near zero.
        var score = SeparationMargin(members, side);
        if (score < _options.SplitThreshold)
        {
            return;
        }

        ApplySplit(story, members, side, score);
    }

    /// <summary>Splits <paramref name="story"/> along <paramref name="side"/>; the side holding its first article keeps the number.</summary>
    private void ApplySplit(LiveStory story, List<StoryMember> members, bool[] side, double score)
    {
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

    /// <summary>10th percentile over members of (similarity to own half without itself − similarity to the other half).</summary>
    private double SeparationMargin(List<StoryMember> members, bool[] side)
    {
        var halves = new[] { Half(members, side, false), Half(members, side, true) };
        var margins = new double[members.Count];
        for (var i = 0; i < members.Count; i++)
        {
            var m = members[i];
            var own = halves[side[i] ? 1 : 0];
            var ownWithout = new LiveStory(0)
            {
                Text = own.Text.Add(m.Text, -1f, int.MaxValue),
                Entities = own.Entities.Add(m.Entities, -1f, int.MaxValue),
                Anchors = own.Anchors.Add(m.Anchors, -1f, int.MaxValue),
                Size = own.Size - 1,
            };
            margins[i] = Score(m, ownWithout, 0) - Score(m, halves[side[i] ? 0 : 1], 0);
        }

        Array.Sort(margins);
        return margins[(int)(0.1 * (margins.Length - 1))];
    }

    private static LiveStory Half(List<StoryMember> members, bool[] side, bool which) => new(0)
    {
        Text = Centroid(members, side, which),
        Entities = EntityCentroid(members, side, which),
        Anchors = AnchorCentroid(members, side, which),
        Size = CountSide(side, which),
    };

    private void Rebuild(LiveStory story, List<StoryMember> members)
    {
        story.Members.Clear();
        story.ArticleIds.Clear();
        story.First = story.Last = null;
        story.Text = SparseVector.Empty;
        story.Entities = SparseVector.Empty;
        story.EntityArticles = 0;
        story.Anchors = SparseVector.Empty;
        story.AnchorArticles = 0;
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

            if (!m.Anchors.IsEmpty)
            {
                story.Anchors = story.Anchors.Add(m.Anchors, 1f, _options.MaxCentroidTerms);
                story.AnchorArticles++;
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
        var picked = new List<SparseVector>(members.Count);
        for (var i = 0; i < members.Count; i++)
        {
            if (side[i] == which)
            {
                picked.Add(members[i].Text);
            }
        }

        return SparseVector.Sum(picked);
    }

    private static SparseVector EntityCentroid(List<StoryMember> members, bool[] side, bool which)
    {
        var picked = new List<SparseVector>(members.Count);
        for (var i = 0; i < members.Count; i++)
        {
            if (side[i] == which && !members[i].Entities.IsEmpty)
            {
                picked.Add(members[i].Entities);
            }
        }

        return SparseVector.Sum(picked);
    }

    private static SparseVector AnchorCentroid(List<StoryMember> members, bool[] side, bool which)
    {
        var picked = new List<SparseVector>(members.Count);
        for (var i = 0; i < members.Count; i++)
        {
            if (side[i] == which && !members[i].Anchors.IsEmpty)
            {
                picked.Add(members[i].Anchors);
            }
        }

        return SparseVector.Sum(picked);
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
