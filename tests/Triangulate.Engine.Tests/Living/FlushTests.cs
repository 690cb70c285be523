using Triangulate.TestKit;

namespace Triangulate.Engine.Tests.Living;

/// <summary>The end of a run recomputes every pending story, however many pages of pending stories there are
/// (a crash-run found a flush that stopped after its first page).</summary>
public sealed class FlushTests
{
    [Fact]
    public async Task RecomputeAll_MorePendingStoriesThanOnePage_LeavesNonePending()
    {
        await using var harness = new LivingHarness();
        var input = SyntheticNews.Write(harness.PathOf("news.jsonl"), 60, 20);
        var store = await harness.OpenAsync();
        var engine = LivingHarness.Engine(store);
        await engine.IngestAsync(LivingHarness.Read(input), new LivingHarness.NoProgress(), batchSize: 10, flush: false);
        var before = await store.CheckAsync();
        Assert.True(before.DirtyStories > 1, $"the test needs several pages of pending stories: {before}");

        var done = await engine.RecomputeAsync(all: true, perCommit: 1);

        var after = await store.CheckAsync();
        Assert.Equal(0, after.DirtyStories);
        Assert.True(done.Recomputed >= before.DirtyStories, $"recomputed {done.Recomputed} of {before.DirtyStories}");
    }
}
