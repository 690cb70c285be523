namespace Triangulate.Stories.Clustering;

/// <summary>
/// Settings of <see cref="StoryClusterer"/>. Thresholds and weights were tuned on dev splits only
/// (ECB+ dev topics, BASIL 2010–2013, AllSides "val"); see docs/stories.md for the sweep.
/// </summary>
public sealed record StoryClustererOptions
{
    /// <summary>Minimum similarity for an article to join a story (else it starts one). Best B³ F1 on the ECB+ dev split.</summary>
    public double JoinThreshold { get; init; } = 0.23;

    /// <summary>Two stories whose centroids are at least this similar are merged.</summary>
    public double MergeThreshold { get; init; } = 0.30;

    /// <summary>
    /// A story is split in two (best two-means partition) when its members are closer to their own half
    /// (leave-one-out) than to the other by at least this much, at the 10th percentile. The same test keeps
    /// two separable stories from merging.
    /// </summary>
    public double SplitThreshold { get; init; } = 0.08;

    /// <summary>Each side of a split needs at least this many articles.</summary>
    public int MinSplitSize { get; init; } = 3;

    /// <summary>Term weight multiplier for headline words.</summary>
    public float TitleWeight { get; init; } = 5f;

    /// <summary>Term weight multiplier for words of the lead (<see cref="LeadLength"/> characters).</summary>
    public float LeadWeight { get; init; } = 3f;

    /// <summary>How many characters of text count as the lead.</summary>
    public int LeadLength { get; init; } = 400;

    /// <summary>Extra weight for capitalised words inside a sentence: a cheap proxy for names when no entity stage ran.</summary>
    public float ProperNounBoost { get; init; } = 2f;

    /// <summary>How far the article-to-story score moves from centroid cosine (0) toward average link (1).</summary>
    public double CohesionWeight { get; init; } = 0.65;

    /// <summary>Background documents assumed to contain none of the terms (IDF smoothing for small runs).</summary>
    public double IdfPriorDocuments { get; init; } = 1000;

    /// <summary>Exponent on IDF: above 1 favours rare, specific terms (names, numbers) over topic words shared by related events.</summary>
    public float IdfPower { get; init; } = 1f;

    /// <summary>
    /// Capitalised words inside sentences (names of people, organisations, places) join the entity vector as the
    /// story's anchors, so the anchor channel works without an entity stage.
    /// </summary>
    public bool NameAnchors { get; init; }

    /// <summary>Share of the score given to entity overlap when both the article and the story have entities.</summary>
    public double EntityWeight { get; init; } = 0.3;

    /// <summary>Days between an article and a story's date range that cost nothing (follow-ups, time zones).</summary>
    public double DecayGraceDays { get; init; } = 3;

    /// <summary>Beyond the grace period the score decays as exp(-days / this).</summary>
    public double DecayDays { get; init; } = 30;

    /// <summary>The decay never falls below this share: a follow-up months later still joins on strong evidence.</summary>
    public double DecayFloor { get; init; }

    /// <summary>Whether <see cref="StoryClusterer.AddBatch"/> ends with refinement: misplaced articles move and touched stories are re-checked for merge and split.</summary>
    public bool RefineBatches { get; init; } = true;

    /// <summary>Stories kept in memory and searched; the least recently active beyond this are retired.</summary>
    public int MaxLiveStories { get; init; } = 10_000;

    /// <summary>Retired stories kept for revival; beyond this the oldest are forgotten (persist them to a store).</summary>
    public int MaxRetiredStories { get; init; } = 100_000;

    /// <summary>Terms kept in a story centroid (heaviest first): bounds memory per story.</summary>
    public int MaxCentroidTerms { get; init; } = 300;

    /// <summary>Terms kept per member article (for split checks and headline centrality).</summary>
    public int MaxMemberTerms { get; init; } = 100;

    /// <summary>Member vectors kept per story; later articles still count in the centroid.</summary>
    public int MaxMembersKept { get; init; } = 64;

    /// <summary>A story's heaviest terms that go into the candidate index.</summary>
    public int IndexTermsPerStory { get; init; } = 40;

    /// <summary>An article's heaviest terms used to look up candidate stories.</summary>
    public int QueryTerms { get; init; } = 30;

    /// <summary>Candidates rescored exactly after the index lookup.</summary>
    public int Candidates { get; init; } = 20;
}
