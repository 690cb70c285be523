namespace Triangulate.Engine.Living;

/// <summary>What <c>triangulate reprocess</c> did: articles annotated again, articles given a story, stories whose
/// sections were stale, and stories recomputed.</summary>
public sealed class ReprocessOutcome
{
    public int Reannotated { get; set; }
    public int Assigned { get; set; }
    public int Stale { get; set; }
    public int Recomputed { get; set; }
}
