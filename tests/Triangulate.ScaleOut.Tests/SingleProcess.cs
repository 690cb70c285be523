using Triangulate.Core.Ingest;
using Triangulate.Core.Pipeline;
using Triangulate.Engine;
using Triangulate.Engine.Living;
using Triangulate.Storage.Sqlite;

namespace Triangulate.ScaleOut.Tests;

/// <summary>The single-process living engine (what <c>triangulate ingest</c> runs) on a SQLite store: the reference
/// partition the cluster tests compare against. Cached per input, since several tests compare the same documents.</summary>
public static class SingleProcess
{
    /// <summary>A silo's fetch (and so the writer's batch) size by default (<c>ClusterSettings.Batch</c>).</summary>
    public const int SiloBatch = 64;

    private static readonly Dictionary<(string, int, int), Task<Dictionary<string, string>>> Cache = [];

    /// <summary>Article id → story id after streaming <paramref name="documents"/> in order, in batches of
    /// <paramref name="batch"/>, flushed at the end.</summary>
    public static Task<Dictionary<string, string>> PartitionAsync(List<RawDocument> documents, int batch)
    {
        var key = (documents.Count == 0 ? "" : documents[0].Locator, documents.Count, batch);
        lock (Cache)
        {
            if (!Cache.TryGetValue(key, out var partition))
            {
                partition = RunAsync(documents, batch);
                Cache[key] = partition;
            }

            return partition;
        }
    }

    private static async Task<Dictionary<string, string>> RunAsync(List<RawDocument> documents, int batch)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tri-single-{Guid.NewGuid():N}.db");
        try
        {
            await using var store = await SqliteArticleStore.OpenAsync(path);
            var engine = new StoryEngine(store, PipelineFactory.CreateFull(new PipelineOptions { Parallelism = 2 }));
            await engine.IngestAsync(Streams.AsItems(documents), new NoProgress(), batchSize: batch, flush: true);
            return await Streams.PartitionAsync(store);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}
