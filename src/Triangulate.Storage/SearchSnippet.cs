namespace Triangulate.Storage;

/// <summary>
/// How stores mark matched words in <see cref="Core.Storage.SearchHit.Snippet"/>: Markdown-style bold,
/// which reads well in a terminal, renders in Markdown and is rare in news text. The UI may replace the
/// markers with its own highlighting.
/// </summary>
public static class SearchSnippet
{
    public const string Open = "**";
    public const string Close = "**";

    /// <summary>Marks text left out of a snippet.</summary>
    public const string Ellipsis = "…";
}
