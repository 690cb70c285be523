using System.Text;
using Triangulate.Core.Ingest;
using Triangulate.Extraction;
using Triangulate.Extraction.Cleaning;
using Triangulate.Extraction.Html;
using Triangulate.Ingest;
using Triangulate.Ingest.Feeds;
using Triangulate.Ingest.Html;
using Triangulate.Ingest.JsonLines;
using Triangulate.Ingest.PlainText;
using Triangulate.Ingest.Sources;

namespace Triangulate.Fuzz;

/// <summary>
/// One fuzz target per reader and per extraction step. Each takes raw bytes and must return normally whatever
/// they hold: readers report bad input as diagnostics, extraction as an empty result. Any exception that escapes is
/// a crash (afl++ keeps the input); the regression corpus under tools/fuzz/regressions is replayed by
/// tests/Triangulate.Reliability.Tests through <see cref="Run"/>, so a fixed crash stays fixed.
/// </summary>
public static class FuzzTargets
{
    /// <summary>Every target's name, in the order tools/fuzz/run.sh runs them.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["text", "html", "rss", "atom", "jsonl", "sniff", "extract-html", "extract-text", "clean"];

    /// <summary>Runs <paramref name="target"/> on <paramref name="data"/>; throws only when the code under test does.</summary>
    public static void Run(string target, ReadOnlySpan<byte> data)
    {
        switch (target)
        {
            case "text":
                Use(PlainTextReader.Read(data, Source("fuzz.txt")));
                break;
            case "html":
                Use(HtmlReader.Read(data, Source("fuzz.html")));
                break;
            case "rss":
            case "atom":
                var bytes = data.ToArray();
                foreach (var item in FeedReader.Read(bytes, bytes.Length, Source(target == "rss" ? "fuzz.rss" : "fuzz.atom"), Options))
                {
                    Use(item);
                }

                break;
            case "jsonl":
                Drain(JsonLinesReader.ReadAsync(new MemoryStream(data.ToArray()), ReadOnlyMemory<byte>.Empty, Source("fuzz.jsonl"), Options, CancellationToken.None));
                break;
            case "sniff":
                // The whole path a file takes: sniffing, size checks, gzip, and whichever reader the content calls for.
                Drain(new InputReader(Options).ReadStreamAsync(new MemoryStream(data.ToArray()), "fuzz", CancellationToken.None));
                break;
            case "extract-html":
                var page = Html.Extract(Decode(data), "https://example.org/news/1", CancellationToken.None);
                _ = page.Text.Length + (page.Title?.Length ?? 0);
                break;
            case "extract-text":
                var document = new RawDocument("fuzz.txt", "fuzz.txt", DocumentFormat.PlainText, Decode(data), DocumentHints.None);
                _ = Extractor.Extract(document, CancellationToken.None).Article?.Text.Length;
                break;
            case "clean":
                _ = Cleaner.Clean(Decode(data)).Removed.Count;
                break;
            default:
                throw new ArgumentException($"unknown fuzz target '{target}'; one of: {string.Join(", ", Names)}", nameof(target));
        }
    }

    private static IngestOptions Options => Instances.Options;

    private static HtmlExtractor Html => Instances.Html;

    private static BoilerplateCleaner Cleaner => Instances.Cleaner;

    private static ArticleExtractor Extractor => Instances.Extractor;

    private static string Decode(ReadOnlySpan<byte> data) => Encoding.UTF8.GetString(data);

    private static SourceInfo Source(string name) => new(name, name, FromFolder: false);

    private static void Drain(IAsyncEnumerable<IngestItem> items)
    {
        // Synchronous on purpose: afl++ measures one input per call, and the readers only await the memory stream.
        var enumerator = items.GetAsyncEnumerator();
        try
        {
            while (enumerator.MoveNextAsync().AsTask().GetAwaiter().GetResult())
            {
                Use(enumerator.Current);
            }
        }
        finally
        {
            enumerator.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>Built on first use, not with <see cref="Names"/>: the instrumented assemblies write afl's coverage map,
    /// which exists only once SharpFuzz has started, so nothing of theirs may run before.</summary>
    private static class Instances
    {
        public static readonly IngestOptions Options = new() { MaxFileBytes = 1 << 20, MaxRecordBytes = 1 << 18 };
        public static readonly HtmlExtractor Html = new();
        public static readonly BoilerplateCleaner Cleaner = new();
        public static readonly ArticleExtractor Extractor = new(Html);
    }

    // Touch what a consumer would read, so lazy work is done inside the target.
    private static void Use(IngestItem item) => _ = (item.Document?.Content.Length ?? 0) + item.Diagnostics.Count;
}
