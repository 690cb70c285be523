namespace Triangulate.Stories.Clustering;

/// <summary>One story inside a <see cref="ClustererSnapshot"/>.</summary>
public sealed class StorySnapshot
{
    public int Number { get; init; }
    public int[] TextIds { get; init; } = [];
    public float[] TextWeights { get; init; } = [];
    public int[] EntityIds { get; init; } = [];
    public float[] EntityWeights { get; init; } = [];
    public int EntityArticles { get; init; }

    /// <summary>Anchor vector (names); absent (null or empty) in snapshots written before anchors existed.</summary>
    public int[]? AnchorIds { get; init; } = [];
    public float[]? AnchorWeights { get; init; } = [];
    public int AnchorArticles { get; init; }
    public List<string> ArticleIds { get; init; } = [];
    public List<MemberSnapshot> Members { get; init; } = [];
    public DateTimeOffset? First { get; init; }
    public DateTimeOffset? Last { get; init; }
    public long LastActive { get; init; }
    public int NextSplitCheck { get; init; }
}
