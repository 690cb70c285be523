namespace Triangulate.Stories.Clustering;

/// <summary>
/// One entry of the clusterer's decision log: why an article went where it did, or why stories were
/// merged, split or retired. <see cref="Score"/> is the similarity that decided it: for a new story, the best similarity that fell short; for a split, the highest similarity of any member to the other half; 0 when none applies.
/// </summary>
public sealed record ClusterDecision(
    long Sequence,
    ClusterDecisionKind Kind,
    string StoryId,
    string? OtherStoryId,
    string? ArticleId,
    double Score,
    IReadOnlyList<string>? MovedArticleIds = null);
