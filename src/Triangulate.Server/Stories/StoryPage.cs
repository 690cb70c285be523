namespace Triangulate.Server.Stories;

/// <summary>One page of stories. <see cref="Available"/> is false when no clustering stage is installed, so the UI can say why the list is empty.</summary>
public sealed record StoryPage(bool Available, int Total, int Page, int PageSize, List<StorySummary> Items);
