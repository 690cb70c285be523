using Triangulate.Core.Storage;

namespace Triangulate.Server.Api;

/// <summary>Search hits, best first. Snippets mark matched words with <c>**</c> (see Storage's SearchSnippet).</summary>
public sealed record SearchResponse(string Query, IReadOnlyList<SearchHit> Hits);
