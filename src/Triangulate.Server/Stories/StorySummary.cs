namespace Triangulate.Server.Stories;

/// <summary>A story's row in the list: its size, independent sources, time range, outlets and main actors.</summary>
public sealed record StorySummary(
    string Id,
    string? Title,
    int ArticleCount,
    int? IndependentSources,
    DateTimeOffset? First,
    DateTimeOffset? Last,
    List<string> Outlets,
    List<string> Entities);
