using Triangulate.Core.Living;

namespace Triangulate.Engine.Living;

/// <summary>What one section recompute did: stories recomputed, stories still pending, the events written, and the
/// articles the recomputed stories' sections were computed from.</summary>
public sealed record RecomputeResult(int Recomputed, int StillPending, IReadOnlyList<StoryEventRecord> Events, int Articles = 0);
