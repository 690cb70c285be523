using Triangulate.Core.Living;

namespace Triangulate.Engine.Living;

/// <summary>
/// The outcome of <c>triangulate verify</c>: the store's invariants, how many stories' sections were rebuilt
/// from stored annotations and which differed, and pending work (stories waiting for a recompute, sections or
/// annotations of another pipeline version: run <c>triangulate reprocess</c>).
/// </summary>
public sealed class VerifyReport
{
    public required StoreHealth Health { get; init; }
    public required string AnnotationVersion { get; init; }
    public required string SectionVersion { get; init; }
    public int SectionsChecked { get; set; }
    public List<string> SectionMismatches { get; } = [];
    public int StaleSections { get; set; }
    public bool StaleAnnotations { get; set; }

    /// <summary>True when every invariant holds and every rebuilt story equals its stored sections.</summary>
    public bool Passed => Health.Holds && SectionMismatches.Count == 0;
}
