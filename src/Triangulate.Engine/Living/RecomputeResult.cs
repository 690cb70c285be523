using Triangulate.Core.Living;

namespace Triangulate.Engine.Living;

/// <summary>What one section recompute did: stories recomputed, stories still pending, and the events written.</summary>
public sealed record RecomputeResult(int Recomputed, int StillPending, IReadOnlyList<StoryEventRecord> Events);
