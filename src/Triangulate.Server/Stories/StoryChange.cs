namespace Triangulate.Server.Stories;

/// <summary>A story's latest event: what changed and when ("updated 3 min ago: grew +2 articles").</summary>
public sealed record StoryChange(string Kind, string Summary, DateTimeOffset At);
