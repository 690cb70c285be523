namespace Triangulate.Stories.Clustering;

/// <summary>What the clusterer decided.</summary>
public enum ClusterDecisionKind
{
    /// <summary>The article started a new story.</summary>
    New,

    /// <summary>The article joined a live story.</summary>
    Join,

    /// <summary>The article revived a retired story and joined it.</summary>
    Revive,

    /// <summary>Two stories turned out to be one; <see cref="ClusterDecision.OtherStoryId"/> was folded into <see cref="ClusterDecision.StoryId"/>.</summary>
    Merge,

    /// <summary>A story turned out to be two; <see cref="ClusterDecision.OtherStoryId"/> was split off <see cref="ClusterDecision.StoryId"/>.</summary>
    Split,

    /// <summary>An article moved to <see cref="ClusterDecision.StoryId"/>, which it fits better than <see cref="ClusterDecision.OtherStoryId"/> (end-of-batch refinement).</summary>
    Move,

    /// <summary>A story left the live set (it can be revived).</summary>
    Retire,
}
