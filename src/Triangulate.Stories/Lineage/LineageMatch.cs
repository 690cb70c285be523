namespace Triangulate.Stories.Lineage;

/// <summary>Where <see cref="LineageIndex.Add"/> put an article: its lineage, and the indexed article it matched (null for a new lineage).</summary>
public sealed record LineageMatch(string ArticleId, string LineageId, string? MatchedArticleId, PairVerdict? Verdict, AlignmentResult? Alignment);
