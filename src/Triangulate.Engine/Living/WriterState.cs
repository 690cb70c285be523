using Triangulate.Stories.Clustering;
using Triangulate.Stories.Lineage;

namespace Triangulate.Engine.Living;

/// <summary>
/// The single writer's memory: the clusterer's live window, the lineage index's window, which stable id each
/// clusterer story number carries, the outlet names credit detection accepts, and the counters as of the last
/// commit. Rebuilt from the store (<see cref="Rehydrator"/>) on open and whenever another process committed.
/// </summary>
internal sealed class WriterState
{
    public required StoryClusterer Clusterer { get; set; }
    public required LineageIndex Lineage { get; set; }
    public required CreditDetector Detector { get; set; }
    public HashSet<string> OutletNames { get; } = new(StringComparer.Ordinal);
    public CorpusKnowledge Knowledge { get; } = new();
    public Dictionary<int, string> IdOf { get; } = [];
    public Dictionary<int, long> BornSeqOf { get; } = [];
    public EngineCounters Counters { get; set; } = new();

    /// <summary>Vocabulary terms already in the store.</summary>
    public int TermsPersisted { get; set; }

    public void Forget(int number)
    {
        IdOf.Remove(number);
        BornSeqOf.Remove(number);
    }
}
