namespace Triangulate.Stories.Clustering;

/// <summary>An article inside a story, with a pruned copy of its vectors for split checks and headline centrality.</summary>
internal sealed class StoryMember(string articleId, string? title, DateTimeOffset? published, SparseVector text, SparseVector entities)
{
    public string ArticleId { get; } = articleId;
    public string? Title { get; } = title;
    public DateTimeOffset? Published { get; } = published;
    public SparseVector Text { get; } = text;
    public SparseVector Entities { get; } = entities;
}
