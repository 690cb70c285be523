namespace Triangulate.Core.Living;

/// <summary>One page of stories and the number of stories matching the filters.</summary>
public sealed record StoryListPage(int Total, IReadOnlyList<StoryRecord> Items);
