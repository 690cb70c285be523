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

    /// <summary>
    /// The title to show: the sections' title from <see cref="SummaryJson"/> (kept current as figures are updated),
    /// else the clusterer's <see cref="Title"/> (before the first section recompute).
    /// </summary>
    public string? ShownTitle()
    {
        if (SummaryJson is { } json && System.Text.Json.Nodes.JsonNode.Parse(json) is System.Text.Json.Nodes.JsonObject summary
            && summary["title"] is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<string>(out var title))
        {
            return title;
        }

        return Title;
    }

    /// <summary>The dossier story JSON; null in lists and until sections were computed.</summary>
    public string? SectionsJson { get; init; }
}
