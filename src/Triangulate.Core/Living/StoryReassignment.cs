namespace Triangulate.Core.Living;

/// <summary>Every member of story <see cref="From"/> moves to <see cref="To"/> (a merge).</summary>
public sealed record StoryReassignment(string From, string To);
