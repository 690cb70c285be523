using Triangulate.Cluster.Hosting;

namespace Triangulate.ScaleOut.Tests;

/// <summary>A silo runs its stage path once before joining (SiloHost), so its first batch does not pay the JIT.
/// Needs neither PostgreSQL nor NATS: the engine opens its store on first use only.</summary>
public class SiloWarmUpTests
{
    [Fact]
    public async Task WarmUp_RunsExtractionAndEveryArticleStage_AndLeavesTheTimingsEmpty()
    {
        await using var engine = new SiloEngine(new ClusterSettings { Postgres = "Host=127.0.0.1", NatsUrl = "nats://127.0.0.1:4222", Parallelism = 1 });

        var ran = engine.WarmUp();

        // Every stage must have run on the built-in text: an English text the extractor keeps and no stage skips.
        Assert.Equal(engine.Pipeline.ArticleStages.Count + 1, ran);
        Assert.Empty(engine.Runner.Timings.Snapshot());
        Assert.Null(engine.StartedEngine);
    }
}
