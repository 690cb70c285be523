namespace Triangulate.Stories.Clustering;

/// <summary>One member article of a <see cref="StorySnapshot"/> with its pruned vectors (a record, so a reader of a later
/// format adds fields with <c>with</c>).</summary>
public sealed record MemberSnapshot
{
    public required string ArticleId { get; init; }
    public string? Title { get; init; }
    public DateTimeOffset? Published { get; init; }
    public int[] TextIds { get; init; } = [];
    public float[] TextWeights { get; init; } = [];
    public int[] EntityIds { get; init; } = [];
    public float[] EntityWeights { get; init; } = [];

    /// <summary>The article's site; null when unknown (and in snapshots written before sites were kept).</summary>
    public string? Outlet { get; init; }

    /// <summary>Anchor vector (names); absent (null or empty) in snapshots written before anchors existed.</summary>
    public int[]? AnchorIds { get; init; } = [];
    public float[]? AnchorWeights { get; init; } = [];

    /// <summary>The headline's names (anchor ids) for the headline-name join; absent in snapshots written before it existed.</summary>
    public int[]? HeadlineNames { get; init; } = [];
}
