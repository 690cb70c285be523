using Triangulate.TestKit;

namespace Triangulate.Engine.Tests.Living;

/// <summary>
/// A writer that fails ends the ingest with its exception. Before, the reading side kept filling the two-batch
/// channel to the writer that no longer read it and waited forever: `triangulate ingest` of all of newsdocs hung
/// with no CPU after a regex timed out in the writer on a box at load 40 (docs/living.md, "Speed work, round 5").
/// </summary>
public sealed class WriterFailureTests
{
    [Fact]
    public async Task IngestAsync_WriterFailsOnItsFirstBatch_ThrowsThatFailureInsteadOfHanging()
    {
        await using var harness = new LivingHarness();
        // 40 articles in batches of 2: far more batches than the channel to the writer holds.
        var input = SyntheticNews.Write(harness.PathOf("news.jsonl"), 40, 10);
        var engine = LivingHarness.Engine(await harness.OpenAsync());
        engine.BatchApplied += (_, _) => throw new InvalidOperationException("writer failed");

        var ingest = engine.IngestAsync(LivingHarness.Read(input), new LivingHarness.NoProgress(), batchSize: 2);

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => ingest.WaitAsync(TimeSpan.FromMinutes(3)));
        Assert.Equal("writer failed", thrown.Message);
    }
}
