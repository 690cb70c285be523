using System.Runtime.CompilerServices;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Ingest;
using Triangulate.Ingest.Listings;
using Triangulate.Ingest.Sources;

namespace Triangulate.Ingest;

/// <summary>
/// The ingest entry point: turns the inputs a user names (files, folders, web addresses, "-" for stdin) into
/// <see cref="IngestItem"/>s, lazily, one input at a time, so a large folder is never held in memory.
/// The reader is chosen from each file's content, with its extension as a tie-breaker: plain text
/// (optional header block), HTML (and .html.gz), RSS / Atom / RDF feeds, JSON Lines. Every problem is
/// reported as a diagnostic with a TRI1xxx code (docs/errors.md); one bad input never stops the others.
/// </summary>
public sealed class InputReader
{
    private readonly IngestOptions options;
    private readonly SourceReader sources;

    public InputReader(IngestOptions? options = null)
    {
        this.options = options ?? new IngestOptions();
        sources = new SourceReader(this.options);
    }

    /// <summary>Reads <paramref name="inputs"/> in order; folders are walked depth first in ordinal name order, hidden entries skipped.
    /// A file met twice (named twice, or also inside a named folder) is read once and reported as TRI1008.</summary>
    public async IAsyncEnumerable<IngestItem> ReadAsync(IReadOnlyList<string> inputs, [EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var seen = new HashSet<string>(OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            ct.ThrowIfCancellationRequested();
            if (input == "-")
            {
                if (!seen.Add("-"))
                {
                    yield return Duplicate(input);
                    continue;
                }

                await foreach (var item in sources.ReadStdinAsync(options.Stdin ?? Console.In, ct).ConfigureAwait(false))
                {
                    yield return item;
                }
            }
            else if (UrlListParser.LooksLikeUrl(input.AsSpan().Trim()))
            {
                await foreach (var item in ReadWebAsync(input.Trim(), ct).ConfigureAwait(false))
                {
                    yield return item;
                }
            }
            else if (File.Exists(input))
            {
                await foreach (var item in ReadFileOnceAsync(input, Path.GetFullPath(input), fromFolder: false, seen, ct).ConfigureAwait(false))
                {
                    yield return item;
                }
            }
            else if (Directory.Exists(input))
            {
                foreach (var entry in FolderWalker.Walk(input))
                {
                    ct.ThrowIfCancellationRequested();
                    if (entry.Error is not null)
                    {
                        yield return IngestItem.Failed(entry.Error);
                        continue;
                    }

                    await foreach (var item in ReadFileOnceAsync(entry.Input, entry.FullPath, fromFolder: true, seen, ct).ConfigureAwait(false))
                    {
                        yield return item;
                    }
                }
            }
            else
            {
                yield return IngestItem.Failed(Diagnostic.Error(input, ErrorCodes.InputNotFound, "no such file or folder; check the path (it is relative to the current folder)"));
            }
        }
    }

    /// <summary>Reads one stream exactly as a file called <paramref name="name"/> holding its bytes would be read (the
    /// name's extension is the tie-breaker when the content is ambiguous). For callers whose bytes are not in a
    /// file: the fuzz targets, a server, a test.</summary>
    public IAsyncEnumerable<IngestItem> ReadStreamAsync(Stream stream, string name, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrEmpty(name);
        return sources.ReadNamedStreamAsync(stream, name, ct);
    }

    private async IAsyncEnumerable<IngestItem> ReadFileOnceAsync(string input, string fullPath, bool fromFolder, HashSet<string> seen, [EnumeratorCancellation] CancellationToken ct)
    {
        if (!seen.Add(fullPath))
        {
            yield return Duplicate(input);
            yield break;
        }

        await foreach (var item in sources.ReadFileAsync(input, fullPath, fromFolder, ct).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    private async IAsyncEnumerable<IngestItem> ReadWebAsync(string url, [EnumeratorCancellation] CancellationToken ct)
    {
        if (options.Web is null)
        {
            yield return IngestItem.Failed(Diagnostic.Error(url, ErrorCodes.FetchFailed, "web addresses are not fetched here"));
            yield break;
        }

        await foreach (var item in options.Web.ReadAsync(url, ct).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    private static IngestItem Duplicate(string input) =>
        IngestItem.Failed(Diagnostic.Warning(input, ErrorCodes.DuplicateInput, "this input was already read earlier in the same run; it was read only once"));
}
