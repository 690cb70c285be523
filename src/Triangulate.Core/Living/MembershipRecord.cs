namespace Triangulate.Core.Living;

/// <summary>An article's story. <see cref="Seq"/> is the order in which the writer first committed the article.</summary>
public sealed record MembershipRecord(string ArticleId, string StoryId, long Seq);
