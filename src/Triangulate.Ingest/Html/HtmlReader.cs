using Triangulate.Core.Diagnostics;
using Triangulate.Core.Ingest;
using Triangulate.Ingest.Sources;
using Triangulate.Ingest.Text;

namespace Triangulate.Ingest.Html;

/// <summary>Decodes an HTML page (BOM, declared charset, UTF-8 if valid, else Windows-1252). Extraction of its text happens later.</summary>
internal static class HtmlReader
{
    public static IngestItem Read(ReadOnlySpan<byte> bytes, SourceInfo source)
    {
        var decoded = TextDecoder.Decode(bytes, HtmlCharset.FindDeclared(bytes));
        if (string.IsNullOrWhiteSpace(decoded.Text))
        {
            return IngestItem.Failed(Diagnostic.Warning(source.Input, ErrorCodes.EmptyInput, "the HTML file is empty or whitespace only"));
        }

        var document = new RawDocument(source.Input, source.Locator(null), DocumentFormat.Html, decoded.Text, DocumentHints.None);
        return decoded.UsedFallback ? IngestItem.Of(document, IngestDiagnostics.EncodingFallback(source.Input)) : IngestItem.Of(document);
    }
}
