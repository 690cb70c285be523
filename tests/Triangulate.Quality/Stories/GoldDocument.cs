namespace Triangulate.Quality.Stories;

/// <summary>One labelled article of a story-clustering set under ../shared/data/stories.</summary>
public sealed record GoldDocument(string Id, string Cluster, string Split, string? Title, string Text, DateTimeOffset? Published);
