namespace Triangulate.Core.Living;

/// <summary>
/// A story as readers see it: headline facts, the last change, and (for a single-story read) its sections as
/// dossier-story JSON. <see cref="Pending"/> is true while new articles wait for a section recompute.
/// </summary>
public sealed record StoryRecord
{
    public required string Id { get; init; }
    public string? Title { get; init; }
    public DateTimeOffset? First { get; init; }
    public DateTimeOffset? Last { get; init; }
    public int Articles { get; init; }
    public int? Sources { get; init; }
    public DateTimeOffset Created { get; init; }
    public DateTimeOffset Updated { get; init; }
    public string? LastEventKind { get; init; }
    public string? LastEventSummary { get; init; }
    public DateTimeOffset? LastEventAt { get; init; }
    public bool Pending { get; init; }
    public bool Quiet { get; init; }

    /// <summary>Outlets and main actors for the list row, JSON; null until sections were computed.</summary>
    public string? SummaryJson { get; init; }

    /// <summary>The dossier story JSON; null in lists and until sections were computed.</summary>
    public string? SectionsJson { get; init; }
}
