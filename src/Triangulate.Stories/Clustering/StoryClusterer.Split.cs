namespace Triangulate.Stories.Clustering;

// Splitting: a story whose members fall into two dissimilar halves (two-means) becomes two stories.
public sealed partial class StoryClusterer
{
    private const int KMeansRounds = 6;

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
            margins[i] = Score(m, own.Without(m), 0) - Score(m, halves[side[i] ? 0 : 1], 0);
        }

        Array.Sort(margins);
        return margins[(int)(0.1 * (margins.Length - 1))];
    }

    private static LiveStory Half(List<StoryMember> members, bool[] side, bool which) => new(0)
    {
        Text = Centroid(members, side, which, static m => m.Text),
        Entities = Centroid(members, side, which, static m => m.Entities),
        Anchors = Centroid(members, side, which, static m => m.Anchors),
        Size = CountSide(side, which),
        NameMembers = [.. members.Where((_, i) => side[i] == which)],
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
            story.AddToCentroids(m, _options.MaxCentroidTerms);
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

            ca = Centroid(members, side, false, static m => m.Text);
            cb = Centroid(members, side, true, static m => m.Text);
        }

        return side;
    }

    /// <summary>The sum of one side's member vectors: text, entity or anchor, as <paramref name="vector"/> picks
    /// (an empty vector adds nothing).</summary>
    private static SparseVector Centroid(List<StoryMember> members, bool[] side, bool which, Func<StoryMember, SparseVector> vector)
    {
        var picked = new List<SparseVector>(members.Count);
        for (var i = 0; i < members.Count; i++)
        {
            if (side[i] == which && vector(members[i]) is { IsEmpty: false } v)
            {
                picked.Add(v);
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
}
