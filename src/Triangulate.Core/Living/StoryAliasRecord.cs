namespace Triangulate.Core.Living;

/// <summary>An id that now resolves to another story (the younger side of a merge).</summary>
public sealed record StoryAliasRecord(string Alias, string StoryId);
