namespace Triangulate.Core.Model;

/// <summary>Where an article came from.</summary>
/// <param name="Input">The path, URL or "-" (standard input) given to ingest, with a record locator for
/// containers (e.g. <c>feed.xml#3</c>, <c>batch.jsonl:12</c>).</param>
/// <param name="Url">The article's own URL, when known.</param>
/// <param name="Feed">The feed it was read from, when it came from RSS/Atom.</param>
/// <param name="SourceId">The input's own id for it (a JSON Lines "id"), when it had one.</param>
public sealed record ArticleSource(string Input, string? Url = null, string? Feed = null, string? SourceId = null);
