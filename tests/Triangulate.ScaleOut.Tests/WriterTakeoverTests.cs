using Triangulate.Core.Ingest;
using Triangulate.Core.Pipeline;
using Triangulate.Engine;
using Triangulate.Engine.Living;
using Triangulate.Storage.Sqlite;
using Xunit.Abstractions;

namespace Triangulate.ScaleOut.Tests;

/// <summary>
/// Without any cluster: what the cluster's B³ against the single-process engine is made of. A story writer that is
/// re-activated on another silo (after a kill or a restart) is a fresh engine continuing the stream from the
/// store; it must decide exactly as the engine it replaces. The order in which the silos hand batches over is the
/// other part: printed here, for docs/scale-out.md ("Ordering"), since it is the engine's own sensitivity.
/// </summary>
public sealed class WriterTakeoverTests(ITestOutputHelper output)
{
    private const int Batch = 64;

    [ScaleOutFact(postgres: false, nats: false, sharedData: "data/stories/ecbplus.jsonl")]
    public async Task AWriterTakingOverMidStreamDecidesAsTheOneItReplaces()
    {
        var documents = (await Streams.EcbPlusAsync()).Take(240).ToList();
        var reference = await SingleProcess.PartitionAsync(documents, Batch);

        var takenOver = await RunAsync([[.. documents.Take(2 * Batch)], [.. documents.Skip(2 * Batch)]]);
        Assert.Equal(1.0, Streams.Bcubed(reference, takenOver), 6);

        var batches = documents.Chunk(Batch).ToList();
        var swapped = await RunAsync([[.. batches[1], .. batches[0], .. batches[2], .. batches[3]]]);
        output.WriteLine($"first two batches of {Batch} swapped: B3 {Streams.Bcubed(reference, swapped):F4} against stream order " +
            $"({swapped.Values.Distinct().Count()} stories against {reference.Values.Distinct().Count()})");
    }

    /// <summary>Each run by a fresh engine over the same store, flushed only at the end.</summary>
    private static async Task<Dictionary<string, string>> RunAsync(List<List<RawDocument>> runs)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tri-takeover-{Guid.NewGuid():N}.db");
        try
        {
            await using var store = await SqliteArticleStore.OpenAsync(path);
            for (var i = 0; i < runs.Count; i++)
            {
                var engine = new StoryEngine(store, PipelineFactory.CreateFull(new PipelineOptions { Parallelism = 2 }));
                await engine.IngestAsync(Streams.AsItems(runs[i]), new NoProgress(), batchSize: Batch, flush: i == runs.Count - 1);
            }

            return await Streams.PartitionAsync(store);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}
