using Triangulate.Core.Diagnostics;
using Triangulate.Core.Ingest;
using Triangulate.Ingest.Sources;
using Triangulate.Ingest.Text;

namespace Triangulate.Ingest.PlainText;

/// <summary>Reads a plain-text article: decodes, normalises, splits off the optional header block.</summary>
internal static class PlainTextReader
{
    public static IngestItem Read(ReadOnlySpan<byte> bytes, SourceInfo source)
    {
        var decoded = TextDecoder.Decode(bytes);
        var (hints, body) = TextHeader.Split(decoded.Text);
        if (string.IsNullOrWhiteSpace(body))
        {
            return IngestItem.Failed(Diagnostic.Warning(source.Input, ErrorCodes.EmptyInput, "the file has no text (it is empty or whitespace only after its header)"));
        }

        var document = new RawDocument(source.Input, source.Locator(hints.Url), DocumentFormat.PlainText, body, hints);
        return decoded.UsedFallback ? IngestItem.Of(document, IngestDiagnostics.EncodingFallback(source.Input)) : IngestItem.Of(document);
    }
}
