using System.Buffers;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Ingest;
using Triangulate.Ingest.Feeds;
using Triangulate.Ingest.Html;
using Triangulate.Ingest.JsonLines;
using Triangulate.Ingest.PlainText;
using Triangulate.Ingest.Text;

namespace Triangulate.Ingest.Sources;

/// <summary>
/// Reads one input stream: sniffs its first bytes, checks its size before reading the rest, then hands
/// it to the reader its content calls for. JSON Lines are streamed; other formats are read whole, up to
/// <see cref="IngestOptions.MaxFileBytes"/>, into one pooled buffer.
/// </summary>
internal sealed partial class SourceReader(IngestOptions options)
{
    private static readonly HashSet<string> UnsupportedExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".pdf", ".doc", ".docx", ".odt", ".rtf", ".epub", ".xls", ".xlsx", ".ppt", ".pptx",
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".svg", ".ico",
        ".zip", ".7z", ".rar", ".tar", ".tgz", ".bz2", ".xz", ".exe", ".dll", ".so", ".bin",
        ".mp3", ".mp4", ".wav", ".avi", ".mov", ".mkv", ".woff", ".woff2", ".ttf", ".sqlite", ".db",
    };

    /// <summary>Reads a file; errors opening it become diagnostics.</summary>
    public async IAsyncEnumerable<IngestItem> ReadFileAsync(string input, string fullPath, bool fromFolder, [EnumeratorCancellation] CancellationToken ct)
    {
        var source = new SourceInfo(input, Path.GetFileName(fullPath), fromFolder);
        if (UnsupportedExtensions.Contains(source.Extension))
        {
            yield return Unsupported(source, $"\"{source.Extension}\" files are not supported; convert the document to text, HTML, a feed or JSON Lines");
            yield break;
        }

        FileStream? stream = null;
        Diagnostic? failure = null;
        try
        {
            stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            failure = Diagnostic.Error(input, ErrorCodes.InputNotFound, $"the file disappeared before it could be read: {ex.Message}");
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            failure = Diagnostic.Error(input, ErrorCodes.UnreadableInput, $"the file cannot be opened: {ex.Message}. Check its permissions and that no other program locks it");
        }

        if (failure is not null || stream is null)
        {
            yield return IngestItem.Failed(failure!);
            yield break;
        }

        await using (stream.ConfigureAwait(false))
        {
            await foreach (var item in ReadStreamAsync(stream, stream.Length, source, allowGzip: true, ct).ConfigureAwait(false))
            {
                yield return item;
            }
        }
    }

    /// <summary>Reads standard input, sniffed like a file.</summary>
    public async IAsyncEnumerable<IngestItem> ReadStdinAsync(TextReader stdin, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var stream = new TextReaderStream(stdin);
        await foreach (var item in ReadStreamAsync(stream, -1, new SourceInfo("-", "stdin", FromFolder: false), allowGzip: false, ct).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    /// <summary>Reads one stream as a file named <paramref name="name"/> would be read.</summary>
    public IAsyncEnumerable<IngestItem> ReadNamedStreamAsync(Stream stream, string name, CancellationToken ct) =>
        ReadStreamAsync(stream, stream.CanSeek ? stream.Length : -1, new SourceInfo(name, Path.GetFileName(name), FromFolder: false), allowGzip: true, ct);

    private async IAsyncEnumerable<IngestItem> ReadStreamAsync(Stream stream, long length, SourceInfo source, bool allowGzip, [EnumeratorCancellation] CancellationToken ct)
    {
        var sample = new byte[ContentSniffer.SampleBytes];
        var (sampled, readError) = await BoundedRead.ReadUpToAsync(stream, sample, ct).ConfigureAwait(false);
        if (readError is not null)
        {
            yield return IngestItem.Failed(readError.Invoke(source.Input));
            yield break;
        }

        if (sampled == 0)
        {
            yield return IngestItem.Failed(Diagnostic.Warning(source.Input, ErrorCodes.EmptyInput, "the file is empty"));
            yield break;
        }

        var head = sample.AsMemory(0, sampled);
        var kind = ContentSniffer.Sniff(head.Span, source.Extension);
        var immediate = Classify(kind, head.Span, source, allowGzip);
        if (immediate is not null)
        {
            yield return immediate;
            yield break;
        }

        var utf8 = TextDecoder.DetectBom(head.Span).Encoding is null or UTF8Encoding && TextDecoder.DetectUtf16WithoutBom(head.Span) is null;
        if (kind == ContentKind.JsonLines && utf8)
        {
            await foreach (var item in JsonLinesReader.ReadAsync(stream, head, source, options, ct).ConfigureAwait(false))
            {
                yield return item;
            }

            yield break;
        }

        if (length > options.MaxFileBytes)
        {
            yield return IngestItem.Failed(IngestDiagnostics.FileTooLarge(source.Input, length, options.MaxFileBytes));
            yield break;
        }

        var (buffer, total, error) = await BoundedRead.ReadWholeAsync(stream, head, length, options.MaxFileBytes, ct).ConfigureAwait(false);
        try
        {
            if (error is not null)
            {
                yield return IngestItem.Failed(error.Invoke(source.Input));
                yield break;
            }

            if (total > options.MaxFileBytes)
            {
                yield return IngestItem.Failed(IngestDiagnostics.FileTooLarge(source.Input, -1, options.MaxFileBytes, kind == ContentKind.Gzip ? "the decompressed file" : "the input"));
                yield break;
            }

            await foreach (var item in Dispatch(kind, buffer, total, source, ct).ConfigureAwait(false))
            {
                yield return item;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private IngestItem? Classify(ContentKind kind, ReadOnlySpan<byte> head, SourceInfo source, bool allowGzip) => kind switch
    {
        ContentKind.Gzip when !allowGzip => Unsupported(source, "gzip inside gzip (or gzip on stdin) is not supported; decompress it first"),
        ContentKind.KnownBinaryFormat => Unsupported(source, $"this is {ContentSniffer.DescribeBinaryFormat(head)}, which is not supported; convert it to text, HTML, a feed or JSON Lines"),
        ContentKind.Binary => IngestItem.Failed(Diagnostic.Error(source.Input, ErrorCodes.BinaryInput, "the file holds binary data, not text; check that it is the file you meant (a renamed image or archive?)")),
        _ => null,
    };

    private async IAsyncEnumerable<IngestItem> Dispatch(ContentKind kind, byte[] buffer, int total, SourceInfo source, [EnumeratorCancellation] CancellationToken ct)
    {
        switch (kind)
        {
            case ContentKind.Gzip:
                await foreach (var item in ReadGzipAsync(buffer, total, source, ct).ConfigureAwait(false))
                {
                    yield return item;
                }

                break;
            case ContentKind.Feed:
                foreach (var item in FeedReader.Read(buffer, total, source, options))
                {
                    yield return item;
                }

                break;
            case ContentKind.Html:
                yield return HtmlReader.Read(buffer.AsSpan(0, total), source);
                break;
            case ContentKind.Listing:
                await foreach (var item in ReadListingAsync(buffer.AsSpan(0, total).ToArray(), source, ct).ConfigureAwait(false))
                {
                    yield return item;
                }

                break;
            case ContentKind.OtherXml:
                yield return Unsupported(source, "the file is XML but not an RSS, Atom or RDF feed");
                break;
            case ContentKind.JsonLines:
                // Not UTF-8 (UTF-16 with or without BOM): decode once, then stream the UTF-8 lines as usual.
                var text = TextDecoder.Decode(buffer.AsSpan(0, total)).Text;
                using (var utf8 = new MemoryStream(Encoding.UTF8.GetBytes(text)))
                {
                    await foreach (var item in JsonLinesReader.ReadAsync(utf8, ReadOnlyMemory<byte>.Empty, source, options, ct).ConfigureAwait(false))
                    {
                        yield return item;
                    }
                }

                break;
            default:
                yield return PlainTextReader.Read(buffer.AsSpan(0, total), source);
                break;
        }
    }

    /// <summary>A .gz file: decompressed into memory up to the file limit (a gzip bomb stops there), then read like any file.</summary>
    private async IAsyncEnumerable<IngestItem> ReadGzipAsync(byte[] compressed, int length, SourceInfo source, [EnumeratorCancellation] CancellationToken ct)
    {
        var inner = source with { Name = source.Name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? source.Name[..^3] : source.Name };
        var decompressed = new MemoryStream();
        string? corrupt = null;
        try
        {
            await using var gzip = new GZipStream(new MemoryStream(compressed, 0, length, writable: false), CompressionMode.Decompress);
            await BoundedRead.CopyUpToAsync(gzip, decompressed, options.MaxFileBytes + 1, ct).ConfigureAwait(false);
        }
        catch (InvalidDataException ex)
        {
            corrupt = ex.Message;
        }

        if (corrupt is not null)
        {
            yield return IngestItem.Failed(Diagnostic.Error(source.Input, ErrorCodes.BinaryInput, $"the gzip data is corrupt: {corrupt}"));
            yield break;
        }

        if (decompressed.Length > options.MaxFileBytes)
        {
            yield return IngestItem.Failed(IngestDiagnostics.FileTooLarge(source.Input, -1, options.MaxFileBytes, "the decompressed file"));
            yield break;
        }

        decompressed.Position = 0;
        await foreach (var item in ReadStreamAsync(decompressed, decompressed.Length, inner, allowGzip: false, ct).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    private IngestItem Unsupported(SourceInfo source, string message) => IngestItem.Failed(source.FromFolder
        ? Diagnostic.Warning(source.Input, ErrorCodes.UnsupportedFormat, message + " (skipped)")
        : Diagnostic.Error(source.Input, ErrorCodes.UnsupportedFormat, message));
}
