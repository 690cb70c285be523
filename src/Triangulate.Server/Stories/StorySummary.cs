namespace Triangulate.Server.Stories;

/// <summary>A story's row in the list: its size, independent sources, time range, outlets, main actors, and its last change.</summary>
public sealed record StorySummary(
    string Id,
    string? Title,
    int ArticleCount,
    int? IndependentSources,
    DateTimeOffset? First,
    DateTimeOffset? Last,
    List<string> Outlets,
    List<string> Entities,
    DateTimeOffset Updated,
    StoryChange? LastChange);
