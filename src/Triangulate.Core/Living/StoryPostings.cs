namespace Triangulate.Core.Living;

/// <summary>A story's entries in the store-side candidate index (replacing any it had): its heaviest terms.</summary>
public sealed record StoryPostings(string StoryId, IReadOnlyList<TermWeight> Terms);
