namespace Triangulate.Core.Living;

/// <summary>A story whose sections wait for a recompute: its size now and when its sections were last computed.</summary>
public sealed record DirtyStory(string Id, int Articles, int SectionArticles, DateTimeOffset DirtySince);
