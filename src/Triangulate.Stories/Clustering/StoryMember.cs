namespace Triangulate.Stories.Clustering;

/// <summary>An article inside a story, with a pruned copy of its vectors for split checks and headline centrality.</summary>
internal sealed class StoryMember(string articleId, string? title, DateTimeOffset? published, SparseVector text, SparseVector entities, SparseVector anchors)
{
    public string ArticleId { get; } = articleId;
    public string? Title { get; } = title;
    public DateTimeOffset? Published { get; } = published;
    public SparseVector Text { get; } = text;
    public SparseVector Entities { get; } = entities;

    /// <summary>The article's site (<see cref="ClusterInput.Outlet"/>); null when unknown.</summary>
    public string? Outlet { get; init; }

    /// <summary>The article's anchors (names of people, organisations, places); empty in snapshots written before anchors existed.</summary>
    public SparseVector Anchors { get; } = anchors;

    /// <summary>
    /// Anchor ids (ascending) of the headline's words that the text writes as names: the place, venue or person a
    /// headline is about ("Wilkinsburg", "Pulse"). Empty for members restored from snapshots written before the
    /// headline-name join.
    /// </summary>
    public int[] HeadlineNames { get; init; } = [];
}
