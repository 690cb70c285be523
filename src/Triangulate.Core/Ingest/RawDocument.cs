namespace Triangulate.Core.Ingest;

/// <summary>
/// One article as a reader found it, before extraction: the body as HTML or plain text, plus whatever
/// metadata the container gave (a text header block, feed item fields, JSON Lines fields).
/// </summary>
/// <param name="Input">Where it came from, with a record locator for containers ("feed.xml#3").</param>
/// <param name="Locator">A machine-independent locator used in the article id (URL, or file name plus record).</param>
public sealed record RawDocument(string Input, string Locator, DocumentFormat Format, string Content, DocumentHints Hints);

public enum DocumentFormat
{
    PlainText,
    Html,
}
