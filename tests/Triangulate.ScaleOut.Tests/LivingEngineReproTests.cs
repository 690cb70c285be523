using Triangulate.Core.Pipeline;
using Triangulate.Engine;
using Triangulate.Engine.Living;
using Triangulate.Storage.Sqlite;
using Xunit.Abstractions;

namespace Triangulate.ScaleOut.Tests;

/// <summary>
/// Found while testing the cluster: the single-process living engine alone (no Orleans, no NATS, SQLite) fails
/// <c>verify</c>'s "sections equal a rebuild" for one story when the first 240 ECB+ documents (stream order) are
/// ingested in runs of 32, each ending with its flush — what a cluster does when silos flush on a drained log.
/// Fixed on main by two living-engine changes (sections take their title from the stored articles, not the row's
/// clusterer title; a story emptied by a move is retired into its target): the test now guards both.
/// </summary>
public sealed class LivingEngineReproTests(ITestOutputHelper output)
{
    [Fact]
    public async Task SectionsEqualARebuildAfterSeveralFlushedRuns()
    {
        var documents = (await Streams.EcbPlusAsync()).Take(240).ToList();
        var path = Path.Combine(Path.GetTempPath(), $"tri-repro-{Guid.NewGuid():N}.db");
        try
        {
            await using var store = await SqliteArticleStore.OpenAsync(path);
            var engine = new StoryEngine(store, PipelineFactory.CreateFull(new PipelineOptions { Parallelism = 2 }));
            foreach (var chunk in documents.Chunk(32))
            {
                await engine.IngestAsync(Streams.AsItems(chunk), new NoProgress(), batchSize: 32, flush: true);
            }

            var verify = await new StoryEngine(store, PipelineFactory.CreateFull()).VerifyAsync(0, new NoProgress());
            output.WriteLine($"{verify.Health}; mismatches: {string.Join(", ", verify.SectionMismatches)}");
            Assert.True(verify.Passed, string.Join(", ", verify.SectionMismatches));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    /// <summary>What a writer grain re-activated on another silo does: a fresh engine over the same store continues
    /// the stream (it rebuilds its windows from the store), flushing only at the end.</summary>
    [Fact]
    public async Task AFreshEngineContinuingTheStreamKeepsTheStoreConsistent()
    {
        var documents = (await Streams.EcbPlusAsync()).Take(240).ToList();
        var path = Path.Combine(Path.GetTempPath(), $"tri-repro-{Guid.NewGuid():N}.db");
        try
        {
            await using var store = await SqliteArticleStore.OpenAsync(path);
            var first = new StoryEngine(store, PipelineFactory.CreateFull(new PipelineOptions { Parallelism = 2 }));
            await first.IngestAsync(Streams.AsItems(documents.Take(128)), new NoProgress(), batchSize: 64, flush: false);
            var second = new StoryEngine(store, PipelineFactory.CreateFull(new PipelineOptions { Parallelism = 2 }));
            await second.IngestAsync(Streams.AsItems(documents.Skip(128)), new NoProgress(), batchSize: 64, flush: true);
            var verify = await new StoryEngine(store, PipelineFactory.CreateFull()).VerifyAsync(0, new NoProgress());
            output.WriteLine($"{verify.Health}; mismatches: {string.Join(", ", verify.SectionMismatches)}");
            Assert.True(verify.Health.Holds, verify.Health.ToString());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}
