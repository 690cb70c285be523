using Triangulate.Core.Ingest;

namespace Triangulate.Ingest.Feeds;

/// <summary>The fields of one RSS item or Atom entry that ingest keeps.</summary>
internal sealed record FeedEntry(string? Title, string? Link, string? Published, string? Author, string Body, DocumentFormat Format);
