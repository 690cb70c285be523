using Orleans.Concurrency;
using Triangulate.Cluster.Hosting;
using Triangulate.Cluster.Log;
using Triangulate.Core.Diagnostics;
using Triangulate.Core.Ingest;

namespace Triangulate.Cluster.Grains;

/// <inheritdoc cref="IArticleStageGrain"/>
[StatelessWorker]
public sealed class ArticleStageGrain(SiloEngine engine) : Grain, IArticleStageGrain
{
    public async Task<StagedBatch> ProcessAsync(byte[][] documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var problems = new List<string>();
        var items = new List<IngestItem>(documents.Length);
        foreach (var body in documents)
        {
            if (RawDocumentCodec.Decode(body) is { } document)
            {
                items.Add(IngestItem.Of(document));
            }
            else
            {
                problems.Add($"{ErrorCodes.UnreadableInput}: a log message is not a raw document ({body.Length} bytes)");
            }
        }

        var runner = await engine.RunnerAsync().ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
        var results = new List<(long Sequence, ArticlePacket? Packet, IReadOnlyList<Diagnostic> Diagnostics)>(items.Count);
        await foreach (var result in runner.ProcessAsync(items.ToAsyncEnumerable()))
        {
            results.Add((result.Sequence, result.Article is { } article ? engine.Packer.Pack(article) : null, result.Diagnostics));
        }

        results.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        var packets = new List<ArticlePacket>(results.Count);
        foreach (var (_, packet, diagnostics) in results)
        {
            if (packet is not null)
            {
                packets.Add(packet);
            }
            else
            {
                problems.AddRange(diagnostics.Select(d => $"{d.Code}: {d.Message}"));
            }
        }

        return new StagedBatch([.. packets], [.. problems]);
    }
}
