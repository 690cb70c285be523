namespace Triangulate.Core.Living;

/// <summary>
/// One change in a story's history: <see cref="Kind"/> is one of <see cref="StoryEventKinds"/>,
/// <see cref="Summary"/> a one-line description, <see cref="DataJson"/> the evidence (JSON object).
/// <see cref="Seq"/> is assigned by the store at commit (0 before), increasing in commit order.
/// </summary>
public sealed record StoryEventRecord(long Seq, string StoryId, string Kind, DateTimeOffset At, string Summary, string? DataJson);
