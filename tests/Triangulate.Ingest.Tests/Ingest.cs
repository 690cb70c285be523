using Triangulate.Core.Diagnostics;
using Triangulate.Core.Ingest;

namespace Triangulate.Ingest.Tests;

/// <summary>Runs <see cref="InputReader"/> to the end and offers the results in easy shapes.</summary>
public static class Ingest
{
    public static async Task<List<IngestItem>> ReadAsync(IngestOptions? options, params string[] inputs)
    {
        var items = new List<IngestItem>();
        await foreach (var item in new InputReader(options).ReadAsync(inputs, CancellationToken.None))
        {
            items.Add(item);
        }

        return items;
    }

    public static Task<List<IngestItem>> ReadAsync(params string[] inputs) => ReadAsync(null, inputs);

    public static List<RawDocument> Documents(this IEnumerable<IngestItem> items) =>
        items.Where(i => i.Document is not null).Select(i => i.Document!).ToList();

    public static List<Diagnostic> AllDiagnostics(this IEnumerable<IngestItem> items) =>
        items.SelectMany(i => i.Diagnostics).ToList();

    public static List<string> Codes(this IEnumerable<IngestItem> items) =>
        items.SelectMany(i => i.Diagnostics).Select(d => d.Code).ToList();
}
