namespace Triangulate.Stories.Clustering;

// End-of-batch refinement: an early article may have joined (or started) a story before the story it
// belongs to had formed. Once the batch is in, each of its articles is compared with its own story
// (without itself) and with the best other live story, and moved when the other fits clearly better.
public sealed partial class StoryClusterer
{
    private const double MoveMargin = 0.02;

    /// <summary>
    /// Re-examines the given articles (normally the last batch) and moves each one that fits another live
    /// story better than its own; every move is logged. <see cref="AddBatch"/> calls this itself.
    /// Returns the number of moves.
    /// </summary>
    public int Refine(IReadOnlyCollection<string> articleIds, int rounds = 2)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        var moves = 0;
        for (var round = 0; round < rounds; round++)
        {
            var moved = 0;
            foreach (var id in articleIds)
            {
                if (_storyOf.TryGetValue(id, out var story) && _live.ContainsKey(story.Number) && TryMove(id, story))
                {
                    moved++;
                }
            }

            moves += moved;
            if (moved == 0)
            {
                break;
            }
        }

        EnforceLiveCap();
        return moves;
    }

    /// <summary>Re-runs the merge and split checks on every live story holding one of <paramref name="articleIds"/>.</summary>
    private void Reevolve(IReadOnlyCollection<string> articleIds)
    {
        foreach (var n in LiveStoriesOf(articleIds))
        {
            if (_live.TryGetValue(n, out var story))
            {
                // With the whole batch in, every touched story gets a split check, not only those at a checkpoint size.
                story.NextSplitCheck = 0;

                Evolve(story);
            }
        }

        EnforceLiveCap();
    }

    private bool TryMove(string articleId, LiveStory from)
    {
        var index = from.Members.FindIndex(m => m.ArticleId == articleId);
        if (index < 0 || from.Members.Count != from.ArticleIds.Count)
        {
            return false;
        }

        var member = from.Members[index];
        LiveStory? best = null;
        var bestScore = double.MinValue;
        foreach (var candidate in _liveIndex.Candidates(member.Text, _options.QueryTerms, _options.Candidates, from))
        {
            var s = Score(member, candidate, candidate.GapDays(member.Published));
            if (s > bestScore)
            {
                best = candidate;
                bestScore = s;
            }
        }

        if (best is null || bestScore < _options.JoinThreshold)
        {
            return false;
        }

        // The fit to its own story (three vector sums and a score) only for a member another story could take: most
        // members have no candidate above the join threshold.
        var own = LeaveOneOut(member, from);
        if (bestScore < own + MoveMargin)
        {
            return false;
        }

        Detach(from, index);
        Attach(best, member);
        _sequence++;
        Log(ClusterDecisionKind.Move, best, from, articleId, bestScore);
        return true;
    }

    /// <summary>Similarity of a member to its story's centroid without the member itself (0 for a story of one).</summary>
    private double LeaveOneOut(StoryMember m, LiveStory story)
    {
        if (story.ArticleIds.Count <= 1)
        {
            return 0;
        }

        return Score(m, story.Without(m), 0);
    }

    private void Detach(LiveStory from, int index)
    {
        var member = from.Members[index];
        RemoveLive(from);
        from.Members.RemoveAt(index);
        from.ArticleIds.Remove(member.ArticleId);
        if (from.Members.Count == 0)
        {
            return;
        }

        Rebuild(from, [.. from.Members]);
        _live[from.Number] = from;
        _liveByActivity.Add((from.LastActive, from.Number));
        _liveIndex.Put(from);
    }

    private void Attach(LiveStory to, StoryMember member)
    {
        _liveByActivity.Remove((to.LastActive, to.Number));
        to.AddToCentroids(member, _options.MaxCentroidTerms);
        if (to.Members.Count < _options.MaxMembersKept)
        {
            to.Members.Add(member);
        }

        to.ArticleIds.Add(member.ArticleId);
        to.ExtendDates(member.Published);
        to.LastActive = _sequence + 1;
        _liveByActivity.Add((to.LastActive, to.Number));
        _liveIndex.Put(to);
        _storyOf[member.ArticleId] = to;
    }

    /// <summary>The numbers of the live stories that hold any of <paramref name="articleIds"/>, in ascending order.</summary>
    private SortedSet<int> LiveStoriesOf(IReadOnlyCollection<string> articleIds)
    {
        var numbers = new SortedSet<int>();
        foreach (var id in articleIds)
        {
            if (_storyOf.TryGetValue(id, out var s) && _live.ContainsKey(s.Number))
            {
                numbers.Add(s.Number);
            }
        }

        return numbers;
    }
}
