namespace Triangulate.Extraction.Html;

/// <summary>
/// Finds an HTML page's main article text and metadata. The text it returns is plain text with
/// paragraphs separated by a blank line; boilerplate cleaning runs on it afterwards.
/// </summary>
public interface IHtmlExtractor
{
    /// <param name="html">The page, already decoded to a string.</param>
    /// <param name="url">The page URL when known (helps with outlet and site rules), else null.</param>
    HtmlExtraction Extract(string html, string? url, CancellationToken cancellationToken);
}
