namespace Triangulate.Core.Living;

/// <summary>An article's headline facts with its lineage and story, for lists inside a story.</summary>
public sealed record ArticleBriefRecord(string Id, string? Outlet, string? Title, DateTimeOffset? Published, string? Url, string? LineageId, string? StoryId);
