namespace Triangulate.Server.Stories;

/// <summary>An article's headline facts, for lists inside a story.</summary>
public sealed record ArticleBrief(string Id, string? Outlet, string? Title, DateTimeOffset? Published, string? Url, string? LineageId);
