using System.Globalization;
using System.Runtime.CompilerServices;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Ingest;
using Triangulate.Ingest.Sources;
using Triangulate.Ingest.Text;

namespace Triangulate.Ingest.JsonLines;

/// <summary>
/// Streams a JSON Lines file, one article per line: "text" or "html", optional id, title, outlet (or
/// its alias "source"), url, published, byline. A bad line costs that line only (TRI1006, with its number).
/// </summary>
internal static class JsonLinesReader
{
    public static async IAsyncEnumerable<IngestItem> ReadAsync(
        Stream stream,
        ReadOnlyMemory<byte> initial,
        SourceInfo source,
        IngestOptions options,
        [EnumeratorCancellation] CancellationToken ct)
    {
        using var lines = new ByteLineReader(stream, initial.Span, options.MaxRecordBytes);
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            ByteLineReader.Line? next;
            string? readError = null;
            try
            {
                next = await lines.ReadLineAsync(ct).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                next = null;
                readError = ex.Message;
            }

            if (readError is not null)
            {
                yield return IngestItem.Failed(Diagnostic.Error(source.Input, ErrorCodes.UnreadableInput, $"reading stopped: {readError}"));
                yield break;
            }

            if (next is not { } line)
            {
                yield break;
            }

            var item = ReadLine(line, source, options);
            if (item is not null)
            {
                yield return item;
            }
        }
    }

    private static IngestItem? ReadLine(ByteLineReader.Line line, SourceInfo source, IngestOptions options)
    {
        var suffix = ":" + line.Number.ToString(CultureInfo.InvariantCulture);
        var input = source.Input + suffix;
        if (line.TooLong)
        {
            return IngestItem.Failed(IngestDiagnostics.RecordTooLarge(input, -1, options.MaxRecordBytes, $"line {line.Number}"));
        }

        var bytes = line.Bytes.Span;
        if (line.Number == 1 && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        if (bytes.Trim(" \t"u8).IsEmpty)
        {
            return null;
        }

        var record = JsonLineParser.Parse(bytes);
        if (record.Error is not null)
        {
            return IngestItem.Failed(Diagnostic.Error(input, ErrorCodes.MalformedJsonLine, $"line {line.Number} was skipped: {record.Error}"));
        }

        var useText = !string.IsNullOrWhiteSpace(record.Text) || string.IsNullOrWhiteSpace(record.Html);
        var content = useText ? record.Text : record.Html;
        if (string.IsNullOrWhiteSpace(content))
        {
            return IngestItem.Failed(Diagnostic.Warning(input, ErrorCodes.EmptyInput, $"line {line.Number} has an empty \"text\"/\"html\" and was skipped"));
        }

        var hints = new DocumentHints
        {
            Title = Clean(record.Title),
            Outlet = Clean(record.Outlet) ?? Clean(record.Source),
            Url = Clean(record.Url),
            Published = DateParsing.Parse(record.Published),
            Byline = Clean(record.Byline),
        };

        // The record's own id, when it has one, keeps the locator stable if the file is re-ordered or appended to.
        var id = Clean(record.Id);
        var locator = source.Locator(hints.Url, id is null ? suffix : "#" + id);
        var format = useText ? DocumentFormat.PlainText : DocumentFormat.Html;
        return IngestItem.Of(new RawDocument(input, locator, format, TextNormalizer.Normalize(content), hints));
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
