namespace Triangulate.Core.Living;

/// <summary>Which events to list: after a seq (for polling), since an instant, of one story; oldest first.</summary>
public sealed record StoryEventQuery
{
    public long AfterSeq { get; init; }
    public DateTimeOffset? Since { get; init; }
    public string? StoryId { get; init; }
    public int Limit { get; init; } = 100;
}
