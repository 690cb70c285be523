using System.Globalization;
using System.Runtime.CompilerServices;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Ingest;
using Triangulate.Ingest.Sources;
using Triangulate.Ingest.Text;

namespace Triangulate.Ingest.JsonLines;

/// <summary>
/// Streams a JSON Lines file, one article per line: "text" or "html", optional id, title, outlet, url,
/// published, byline, language, each also under the names common datasets use for it (<see cref="JsonLineFields"/>:
/// "date", "pubDate", "link", "source", "site", …). A bad line costs that line only (TRI1006, with its number).
/// Fields it does not read are named once, at the end of the file (TRI1012), so a misspelt "publised" is
/// noticed rather than silently ignored. The record's "id" is kept as the article's source id.
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
        var unknown = new HashSet<string>(StringComparer.Ordinal);
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
                if (unknown.Count > 0)
                {
                    yield return IngestItem.Failed(UnknownFields(source, unknown));
                }

                yield break;
            }

            var item = ReadLine(line, source, options, unknown);
            if (item is not null)
            {
                yield return item;
            }
        }
    }

    private static IngestItem? ReadLine(ByteLineReader.Line line, SourceInfo source, IngestOptions options, HashSet<string> unknown)
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

        var record = JsonLineParser.Parse(bytes, unknown);
        if (record.Error is not null)
        {
            return IngestItem.Failed(Diagnostic.Error(input, ErrorCodes.MalformedJsonLine, $"line {line.Number} was skipped: {record.Error}"));
        }

        var useText = !string.IsNullOrWhiteSpace(record.Text) || string.IsNullOrWhiteSpace(record.Html);
        var content = useText ? record.Text : record.Html;
        var format = useText && !record.TextLooksLikeHtml ? DocumentFormat.PlainText : DocumentFormat.Html;
        if (string.IsNullOrWhiteSpace(content))
        {
            return IngestItem.Failed(Diagnostic.Warning(input, ErrorCodes.EmptyInput, $"line {line.Number} has an empty \"text\"/\"html\" and was skipped"));
        }

        var hints = new DocumentHints
        {
            Title = Clean(record.Title),
            Outlet = Clean(record.Outlet),
            Url = Clean(record.Url),
            Published = DateParsing.Parse(record.Published),
            Byline = Clean(record.Byline),
            Language = Clean(record.Language),
            SourceId = Clean(record.Id),
        };

        // The record's own id, when it has one, keeps the locator stable if the file is re-ordered or appended to.
        var id = hints.SourceId;
        var locator = source.Locator(hints.Url, id is null ? suffix : "#" + id);
        return IngestItem.Of(new RawDocument(input, locator, format, TextNormalizer.Normalize(content), hints));
    }

    private static Diagnostic UnknownFields(SourceInfo source, HashSet<string> unknown)
    {
        var names = unknown.Order(StringComparer.Ordinal).ToList();
        var shown = string.Join(", ", names.Take(12)) + (names.Count > 12 ? $" and {names.Count - 12} more" : string.Empty);
        return Diagnostic.Warning(source.Input, ErrorCodes.UnknownFields,
            $"fields not read (ignored on every line that has them): {shown}; the fields read and their other names are listed in docs/errors.md (TRI1013)");
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
