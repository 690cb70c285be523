using Triangulate.Core.Ingest;

namespace Triangulate.Ingest.Feeds;

/// <summary>The fields of one RSS item or Atom entry that ingest keeps.</summary>
/// <param name="Updated">When the publisher last changed the entry (Atom updated, dc:modified), when it says.</param>
/// <param name="IsSummary">The body is a description or summary, not the article's content.</param>
internal sealed record FeedEntry(string? Title, string? Link, string? Published, string? Author, string Body, DocumentFormat Format, string? Updated = null, bool IsSummary = false);
