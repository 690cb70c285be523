namespace Triangulate.Server.Ingest;

/// <summary>
/// One ingest call. <see cref="Format"/>: <c>text</c> or <c>html</c> (one article in <see cref="Content"/>),
/// <c>jsonl</c> (a JSON Lines batch in <see cref="Content"/>, one article per line), <c>auto</c> (any format the
/// file reader knows, sniffed: JSON Lines, RSS/Atom, HTML, text), or <c>url</c> (fetch <see cref="Url"/>).
/// Title, outlet, published and url are hints for single articles; extraction prefers them over what it infers.
/// </summary>
public sealed record IngestRequest
{
    public required string Format { get; init; }
    public string? Content { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public DateTimeOffset? Published { get; init; }

    /// <summary>A name for the upload (e.g. its file name), shown as the articles' input; default "upload".</summary>
    public string? Name { get; init; }
}
