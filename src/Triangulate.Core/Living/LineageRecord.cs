namespace Triangulate.Core.Living;

/// <summary>
/// An article's lineage membership and what the lineage index needs to rebuild its fingerprint from the
/// stored text: the content hash (exact copies are found in the store beyond the window) and its credits.
/// <see cref="Seq"/> is the order in which the writer committed the article.
/// </summary>
public sealed record LineageRecord(string ArticleId, string LineageId, long ContentHash, DateTimeOffset? Published, string CreditsJson, long Seq);
