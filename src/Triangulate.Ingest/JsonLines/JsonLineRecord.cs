namespace Triangulate.Ingest.JsonLines;

/// <summary>The fields of one JSON Lines article; <see cref="Error"/> is set instead when the line is unusable.</summary>
internal sealed class JsonLineRecord
{
    public string? Id { get; set; }
    public string? Text { get; set; }
    public string? Html { get; set; }
    public string? Title { get; set; }
    public string? Outlet { get; set; }
    public string? Source { get; set; }
    public string? Url { get; set; }
    public string? Published { get; set; }
    public string? Byline { get; set; }
    public string? Error { get; set; }
}
