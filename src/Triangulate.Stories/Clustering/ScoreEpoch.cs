namespace Triangulate.Stories.Clustering;

/// <summary>A counter shared by one clusterer's indexes, so a story's scratch score is never mistaken for a fresh one.</summary>
internal sealed class ScoreEpoch
{
    public long Value { get; set; }
}
