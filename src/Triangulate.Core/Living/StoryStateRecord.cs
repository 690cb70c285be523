namespace Triangulate.Core.Living;

/// <summary>
/// A story's membership-side row: identity, headline facts, and the clusterer's state for it (centroids and
/// member vectors, opaque bytes). <see cref="Number"/> is the clusterer's internal number; <see cref="Id"/>
/// is the stable public id fixed at birth.
/// </summary>
public sealed record StoryStateRecord
{
    public required string Id { get; init; }
    public int Number { get; init; }
    public long BornSeq { get; init; }
    public string? Title { get; init; }
    public DateTimeOffset? First { get; init; }
    public DateTimeOffset? Last { get; init; }
    public int Articles { get; init; }
    public bool Live { get; init; }
    public long LastActive { get; init; }
    public byte[] State { get; init; } = [];
}
