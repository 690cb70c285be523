using Triangulate.Core.Storage;

namespace Triangulate.Server.Api;

/// <summary>Stored articles, newest first.</summary>
public sealed record ArticleListPage(long Total, int Offset, int Limit, IReadOnlyList<ArticleSummary> Items);
