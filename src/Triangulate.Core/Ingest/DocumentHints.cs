namespace Triangulate.Core.Ingest;

/// <summary>Metadata supplied by the container of a document. Extraction prefers these over what it infers.</summary>
public sealed record DocumentHints
{
    public static DocumentHints None { get; } = new();

    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public string? Url { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Byline { get; init; }
    public string? Language { get; init; }
    public string? Feed { get; init; }

    /// <summary>The input's own id for the document (a JSON Lines "id"), kept as the article's source id.</summary>
    public string? SourceId { get; init; }
}
