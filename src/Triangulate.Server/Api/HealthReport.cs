namespace Triangulate.Server.Api;

/// <summary>Liveness with the store's size and whether stories are computed.</summary>
public sealed record HealthReport(string Status, string Store, long Articles, bool StoriesAvailable);
