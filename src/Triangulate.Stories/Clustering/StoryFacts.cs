namespace Triangulate.Stories.Clustering;

/// <summary>A story's headline facts as the clusterer sees them, without copying its member list.</summary>
public sealed record StoryFacts(int Number, string? Title, DateTimeOffset? First, DateTimeOffset? Last, int Articles, bool Live, long LastActive);
