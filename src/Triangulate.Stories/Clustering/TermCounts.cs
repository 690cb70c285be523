namespace Triangulate.Stories.Clustering;

/// <summary>Raw weighted term counts of one article, before IDF: what the vocabulary and DF are updated from.</summary>
internal sealed class TermCounts(ClusterInput input, int[] textIds, float[] textCounts, int[] entityIds, float[] entityCounts, int[] anchorIds, float[] anchorCounts)
{
    public ClusterInput Input { get; } = input;
    public int[] TextIds { get; } = textIds;
    public float[] TextCounts { get; } = textCounts;
    public int[] EntityIds { get; } = entityIds;
    public float[] EntityCounts { get; } = entityCounts;

    /// <summary>Name-like words (capitalised inside a sentence), in their own id space: see <see cref="FeatureExtractor"/>.</summary>
    public int[] AnchorIds { get; } = anchorIds;
    public float[] AnchorCounts { get; } = anchorCounts;

    /// <summary>The headline's names (anchor ids, ascending): see <see cref="FeatureExtractor.Count"/>.</summary>
    public int[] HeadlineNames { get; init; } = [];
}
