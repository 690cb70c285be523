namespace Triangulate.Stories.Clustering;

/// <summary>
/// Streaming story clusterer. Feed articles in publication order: each joins the most similar live story
/// (TF-IDF cosine with headline and lead weighted, entity overlap when present, time decay when dates are
/// known) or starts a new one. As evidence accumulates, stories that turn out to be one are merged and a
/// story that turns out to be two is split; every decision is logged in <see cref="Decisions"/>. At most
/// <see cref="StoryClustererOptions.MaxLiveStories"/> stories are searched; the least recently active are
/// retired and revived when a new article matches them. The whole state round-trips through
/// <see cref="ToSnapshot"/> / <see cref="FromSnapshot"/>, so tomorrow's run continues today's stories.
/// Not thread-safe: one writer at a time.
/// </summary>
public sealed partial class StoryClusterer
{
    private readonly StoryClustererOptions _options;
    private readonly TermStatistics _stats;
    private readonly FeatureExtractor _features;
    private readonly StoryIndex _liveIndex;
    private readonly StoryIndex _retiredIndex;
    private readonly Dictionary<int, LiveStory> _live = [];
    private readonly Dictionary<int, LiveStory> _retired = [];
    private readonly SortedSet<(long Active, int Number)> _liveByActivity = [];
    private readonly SortedSet<(long Active, int Number)> _retiredByActivity = [];
    private readonly Dictionary<string, LiveStory> _storyOf = new(StringComparer.Ordinal);
    private readonly List<ClusterDecision> _decisions = [];

    /// <summary>One string per outlet name: site checks compare a story's members' outlets for every candidate of every
    /// lookup, and equal names held as one string compare by reference.</summary>
    private readonly Dictionary<string, string> _outlets = new(StringComparer.Ordinal);
    private long _sequence;
    private int _nextNumber = 1;

    public StoryClusterer(StoryClustererOptions? options = null)
        : this(options ?? new StoryClustererOptions(), new TermStatistics((options ?? new StoryClustererOptions()).IdfPriorDocuments))
    {
    }

    private StoryClusterer(StoryClustererOptions options, TermStatistics stats)
    {
        _options = options;
        _stats = stats;
        _features = new FeatureExtractor(options, stats);
        _liveIndex = new StoryIndex(options.IndexTermsPerStory);
        _retiredIndex = new StoryIndex(options.IndexTermsPerStory);
    }

    public StoryClustererOptions Options => _options;

    /// <summary>The decision log, oldest first.</summary>
    public IReadOnlyList<ClusterDecision> Decisions => _decisions;

    public int LiveCount => _live.Count;

    public int RetiredCount => _retired.Count;

    /// <summary>Articles seen so far (the IDF denominator).</summary>
    public int DocumentCount => _stats.Documents;

    /// <summary>Clusters one article and returns the id of the story it joined or started.</summary>
    public string Add(ClusterInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var counts = _features.Count(input);
        Observe(counts);
        return Assign(counts).Id;
    }

    /// <summary>
    /// Clusters a batch in the given order (sort it by publication date first). Document frequencies are
    /// updated with the whole batch before any assignment, so the first articles of a run are weighed with
    /// the run's vocabulary rather than an almost empty one. Then the batch is refined (<see cref="Refine"/>),
    /// the stories it touched get a fresh merge and split check, and it is refined once more.
    /// </summary>
    public void AddBatch(IReadOnlyList<ClusterInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var all = new TermCounts[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            all[i] = _counted.Remove(inputs[i], out var counted) ? counted : _features.Count(inputs[i]);
            Observe(all[i]);
        }

        _counted.Clear();

        var ids = new List<string>(all.Length);
        foreach (var counts in all)
        {
            Assign(counts);
            ids.Add(counts.Input.Id);
        }

        if (_options.RefineBatches)
        {
            // Move misplaced articles, then re-check merges and splits on the stories they touched with all the
            // batch's evidence in, then move again.
            Refine(ids, rounds: 1);
            Reevolve(ids);
            Refine(ids, rounds: 1);
        }
    }

    /// <summary>The story holding <paramref name="articleId"/>, or null when unknown (or forgotten after retirement).</summary>
    public ClusteredStory? StoryOf(string articleId) =>
        _storyOf.TryGetValue(articleId, out var story) ? Describe(story) : null;

    /// <summary>All live stories, then retired ones still remembered, each in creation order.</summary>
    public IReadOnlyList<ClusteredStory> GetStories(bool includeRetired = true)
    {
        var result = new List<ClusteredStory>(_live.Count + (includeRetired ? _retired.Count : 0));
        foreach (var s in _live.Values.OrderBy(s => s.Number))
        {
            result.Add(Describe(s));
        }

        if (includeRetired)
        {
            foreach (var s in _retired.Values.OrderBy(s => s.Number))
            {
                result.Add(Describe(s));
            }
        }

        return result;
    }

    private void Observe(TermCounts counts)
    {
        var ids = new int[counts.TextIds.Length + counts.EntityIds.Length + counts.AnchorIds.Length];
        counts.TextIds.CopyTo(ids, 0);
        counts.EntityIds.CopyTo(ids, counts.TextIds.Length);
        counts.AnchorIds.CopyTo(ids, counts.TextIds.Length + counts.EntityIds.Length);
        _stats.Observe(ids);
    }

    private LiveStory Assign(TermCounts counts)
    {
        _sequence++;
        var input = counts.Input;
        var text = _features.Vectorize(counts.TextIds, counts.TextCounts);
        var entities = _features.Vectorize(counts.EntityIds, counts.EntityCounts);
        var anchors = _features.VectorizeAnchors(counts.AnchorIds, counts.AnchorCounts);
        var article = Member(counts, text, entities, anchors);
        var (story, score) = Best(_liveIndex, article);
        var liveScore = score;
        var kind = ClusterDecisionKind.Join;
        if (story is null || score < _options.JoinThreshold)
        {
            (story, score) = Best(_retiredIndex, article);
            kind = ClusterDecisionKind.Revive;
            if (story is null || score < _options.JoinThreshold)
            {
                story = new LiveStory(_nextNumber++);
                kind = ClusterDecisionKind.New;
                score = Math.Max(0, Math.Max(score, liveScore));
            }
            else
            {
                Unretire(story);
            }
        }

        var liveBefore = story.ArticleIds.Count > 0;
        if (liveBefore)
        {
            _liveByActivity.Remove((story.LastActive, story.Number));
        }

        story.Text = story.Text.Add(text, 1f, _options.MaxCentroidTerms);
        if (!entities.IsEmpty)
        {
            story.Entities = story.Entities.Add(entities, 1f, _options.MaxCentroidTerms);
            story.EntityArticles++;
        }

        if (!anchors.IsEmpty)
        {
            story.Anchors = story.Anchors.Add(anchors, 1f, _options.MaxCentroidTerms);
            story.AnchorArticles++;
        }

        if (story.Members.Count < _options.MaxMembersKept)
        {
            story.Members.Add(Member(counts, Prune(text), Prune(entities), Prune(anchors)));
        }

        story.ArticleIds.Add(input.Id);
        story.ExtendDates(input.Published);
        story.LastActive = _sequence;
        _live[story.Number] = story;
        _liveByActivity.Add((story.LastActive, story.Number));
        _liveIndex.Put(story);
        _storyOf[input.Id] = story;
        Log(kind, story, null, input.Id, score);
        Evolve(story);
        EnforceLiveCap();
        return _storyOf[input.Id];
    }

    private string? SharedOutlet(string? outlet)
    {
        if (outlet is null)
        {
            return null;
        }

        if (!_outlets.TryGetValue(outlet, out var shared))
        {
            shared = outlet;
            _outlets[outlet] = shared;
        }

        return shared;
    }

    private SparseVector Prune(SparseVector v) =>
        v.Count <= _options.MaxMemberTerms ? v : SparseVector.Prune((int[])v.Ids.Clone(), (float[])v.Weights.Clone(), v.Count, _options.MaxMemberTerms);

    private (LiveStory? Story, double Score) Best(StoryIndex index, StoryMember article)
    {
        var text = article.Text;
        if (index.Count == 0 || text.IsEmpty)
        {
            return (null, 0);
        }

        LiveStory? best = null;
        var bestScore = double.MinValue;
        foreach (var candidate in index.Candidates(text, _options.QueryTerms, _options.Candidates))
        {
            var s = Score(article, candidate, candidate.GapDays(article.Published));
            if (s > bestScore)
            {
                best = candidate;
                bestScore = s;
            }
        }

        return (best, best is null ? 0 : bestScore);
    }

    /// <summary>Whether some candidate scores at least <paramref name="threshold"/>: the best score's test
    /// (<see cref="Best"/>'s score ≥ threshold) without scoring the candidates after the first that passes.</summary>
    private bool Reaches(StoryIndex index, StoryMember article, double threshold)
    {
        // As in Best: with no candidate chosen the score is 0.
        var chosen = false;
        if (index.Count > 0 && !article.Text.IsEmpty)
        {
            foreach (var candidate in index.Candidates(article.Text, _options.QueryTerms, _options.Candidates))
            {
                var s = Score(article, candidate, candidate.GapDays(article.Published));
                if (s >= threshold && s > double.MinValue)
                {
                    return true;
                }

                chosen |= s > double.MinValue;
            }
        }

        return !chosen && threshold <= 0;
    }

    /// <summary>
    /// How well an article fits a story <paramref name="gapDays"/> days outside its date range: text and entity
    /// similarity times the time decay, which shared anchors lift (<see cref="StoryClustererOptions.AnchorShield"/>),
    /// times <see cref="SiteFactor"/>; raised to the join threshold by a shared rare headline name
    /// (<see cref="HeadlineNameLift"/>).
    /// </summary>
    private double Score(StoryMember article, LiveStory story, double gapDays)
    {
        var s = Similarity(article.Text, article.Entities, story) * SiteFactor(article.Outlet, story.SoleOutlet());

        // Anchors only matter once the decay bites: skip their dot product inside the grace period.
        s = gapDays <= _options.DecayGraceDays ? s : s * Decay(gapDays, AnchorSimilarity(article.Anchors, story.Anchors));
        return HeadlineNameLift(article, story, s, _options.JoinThreshold);
    }

    /// <summary>
    /// <see cref="StoryClustererOptions.SameSiteFactor"/> when the story holds only pages of the article's own site:
    /// two pages of one site share its furniture (newsletter lines, section labels, the station's boilerplate),
    /// so their likeness overstates how much of a story they share.
    /// </summary>
    private double SiteFactor(string? outlet, string? storyOutlet) => SameSite(outlet, storyOutlet) ? _options.SameSiteFactor : 1;

    /// <summary>Cosine of a unit anchor vector with a story's anchor centroid; null when either side has none.</summary>
    private static double? AnchorSimilarity(SparseVector anchors, SparseVector storyAnchors) =>
        anchors.IsEmpty || storyAnchors.Norm == 0 ? null : anchors.Dot(storyAnchors) / storyAnchors.Norm;

    /// <summary>Cosine of a unit article vector with a story centroid, blended with entity overlap when both have entities.</summary>
    private double Similarity(SparseVector text, SparseVector entities, LiveStory story)
    {
        var t = story.Text.Norm == 0 ? 0 : text.Dot(story.Text) / story.Text.Norm * Cohesion(story);
        if (entities.IsEmpty || story.Entities.IsEmpty)
        {
            return t;
        }

        return ((1 - _options.EntityWeight) * t) + (_options.EntityWeight * entities.Cosine(story.Entities));
    }

    /// <summary>
    /// Cohesion |Σ unit vectors| / n is 1 for identical members and falls as a story grows diffuse; weighing it
    /// in moves the score from centroid cosine toward average link, so a catch-all "topic" story stops
    /// attracting everything.
    /// </summary>
    private double Cohesion(LiveStory story)
    {
        var n = story.Size;
        return n <= 1 || _options.CohesionWeight <= 0 ? 1 : 1 - _options.CohesionWeight + (_options.CohesionWeight * Math.Min(1, story.Text.Norm / n));
    }

    /// <summary>
    /// Time decay beyond the grace period in two parts: most of the score fades over weeks
    /// (<see cref="StoryClustererOptions.DecayDays"/>), <see cref="StoryClustererOptions.DecayFloor"/> of it over
    /// months (<see cref="StoryClustererOptions.LongDecayDays"/>). Anchor overlap
    /// lifts it toward 1 from <see cref="StoryClustererOptions.AnchorShield"/> up (a follow-up weeks later that
    /// names the story's own people and places still belongs to it; another event of the same kind in the same
    /// city shares only the city's common names, which the anchor IDF power weighs down). The lift itself fades over
    /// <see cref="StoryClustererOptions.LongDecayDays"/>: the same names a year later are another story.
    /// </summary>
    private double Decay(double gapDays, double? anchor)
    {
        var excess = gapDays - _options.DecayGraceDays;
        if (excess <= 0)
        {
            return 1;
        }

        var decay = (_options.DecayFloor * Math.Exp(-excess / _options.LongDecayDays)) + ((1 - _options.DecayFloor) * Math.Exp(-excess / _options.DecayDays));
        if (anchor is { } a && _options.AnchorShield > 0)
        {
            var lift = Math.Clamp((a - _options.AnchorShield) / (1 - _options.AnchorShield), 0, 1) * Math.Exp(-excess / _options.LongDecayDays);
            decay += (1 - decay) * lift;
        }

        return decay;
    }

    private void Log(ClusterDecisionKind kind, LiveStory story, LiveStory? other, string? articleId, double score, IReadOnlyList<string>? moved = null) =>
        _decisions.Add(new ClusterDecision(_sequence, kind, story.Id, other?.Id, articleId, Math.Round(score, 4), moved));

    private ClusteredStory Describe(LiveStory story) =>
        new(story.Id, CentralTitle(story), story.ArticleIds.ToArray(), story.First, story.Last, _live.ContainsKey(story.Number));

    /// <summary>The headline of the member closest to the centroid, cleaned; null when no member has one.</summary>
    private static string? CentralTitle(LiveStory story)
    {
        string? best = null;
        var bestScore = double.MinValue;
        foreach (var m in story.Members)
        {
            var title = HeadlineCleaner.Clean(m.Title);
            if (title is null)
            {
                continue;
            }

            var s = m.Text.Dot(story.Text);
            if (s > bestScore)
            {
                best = title;
                bestScore = s;
            }
        }

        return best;
    }
}
