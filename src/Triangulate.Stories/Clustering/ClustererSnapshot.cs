namespace Triangulate.Stories.Clustering;

/// <summary>
/// The whole state of a <see cref="StoryClusterer"/> as plain data (System.Text.Json round-trips it
/// exactly): vocabulary and document frequencies, live and retired stories, counters and the decision log.
/// Term ids in vectors index <see cref="Terms"/>.
/// </summary>
public sealed class ClustererSnapshot
{
    public const int CurrentFormat = 1;

    public int Format { get; init; } = CurrentFormat;
    public List<string> Terms { get; init; } = [];
    public List<int> DocumentFrequencies { get; init; } = [];
    public int Documents { get; init; }
    public long Sequence { get; init; }
    public int NextStoryNumber { get; init; } = 1;
    public List<StorySnapshot> Live { get; init; } = [];
    public List<StorySnapshot> Retired { get; init; } = [];
    public List<ClusterDecision> Decisions { get; init; } = [];
}
