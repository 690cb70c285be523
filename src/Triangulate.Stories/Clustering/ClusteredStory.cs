namespace Triangulate.Stories.Clustering;

/// <summary>A story as the clusterer sees it now: stable id, cleaned central headline, members in arrival order, date range.</summary>
public sealed record ClusteredStory(string Id, string? Title, IReadOnlyList<string> ArticleIds, DateTimeOffset? First, DateTimeOffset? Last, bool Live);
