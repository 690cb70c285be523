namespace Triangulate.Engine.Living;

/// <summary>What one writer step did: articles added, already stored, repeated within the batch, the stories it
/// touched (their sections are now pending), and the events it wrote.</summary>
public sealed record BatchOutcome(int Added, int AlreadyStored, int Repeated, IReadOnlyList<string> TouchedStories, int Events);
