using Triangulate.Core.Living;
using Triangulate.TestKit;

namespace Triangulate.Engine.Tests.Living;

/// <summary>
/// The demo streamed into a living store one file at a time, in several orders, gives exactly the dossier of one
/// batch run (stories, sections and articles, ids aside), so the demo gold holds for a stream as for a batch.
/// </summary>
public sealed class LivingDemoTests
{
    [Fact]
    public async Task Ingest_DemoOneFileAtATimeInFileOrder_EqualsTheBatchDossier()
    {
        await AssertStreamEqualsBatchAsync(LivingHarness.DemoFiles().ToList());
    }

    [Fact]
    public async Task Ingest_DemoOneArticleAtATimeInPublicationOrder_EqualsTheBatchDossier()
    {
        await using var harness = new LivingHarness();
        var store = await harness.OpenAsync();
        var batch = await LivingHarness.BatchAsync(LivingHarness.Demo);
        await LivingHarness.StreamDemoInPublicationOrderAsync(store);

        Assert.Equal(LivingHarness.Comparable(batch), LivingHarness.Comparable(await LivingHarness.ExportAllAsync(store)));
    }

    [Fact]
    public async Task Ingest_DemoOneFileAtATimeInReverseOrder_SameStoriesAndSectionsOnlyTheCentralHeadlineMayDiffer()
    {
        // Reverse order is not publication order: the clusterer's central headline (the member nearest the
        // centroid, weighed with the vocabulary of its time) may differ; membership and every section may not.
        await AssertStreamEqualsBatchAsync(LivingHarness.DemoFiles().Reverse().ToList(), ignoreTitles: true);
    }

    [Fact]
    public async Task Ingest_DemoAsOneBatch_EqualsTheBatchDossierAndVerifies()
    {
        await using var harness = new LivingHarness();
        var store = await harness.OpenAsync();
        var engine = LivingHarness.Engine(store);

        var outcome = await engine.IngestAsync(LivingHarness.Read(LivingHarness.Demo), new LivingHarness.NoProgress());

        Assert.Equal(13, outcome.Added);
        Assert.Equal(LivingHarness.Comparable(await LivingHarness.BatchAsync(LivingHarness.Demo)), LivingHarness.Comparable(await LivingHarness.ExportAllAsync(store)));
        var report = await engine.VerifyAsync(0, new LivingHarness.NoProgress());
        Assert.True(report.Passed, string.Join(", ", report.SectionMismatches));
        Assert.Equal(2, report.SectionsChecked);
    }

    [Fact]
    public async Task Ingest_SameInputsAgain_AddsNothingAndChangesNothing()
    {
        await using var harness = new LivingHarness();
        var store = await harness.OpenAsync();
        await LivingHarness.Engine(store).IngestAsync(LivingHarness.Read(LivingHarness.Demo), new LivingHarness.NoProgress());
        var before = LivingHarness.Comparable(await LivingHarness.ExportAllAsync(store));
        var events = (await ((IStoryStore)store).ListEventsAsync(new StoryEventQuery { Limit = 10_000 })).Count;

        var again = await LivingHarness.Engine(store).IngestAsync(LivingHarness.Read(LivingHarness.Demo), new LivingHarness.NoProgress());

        Assert.Equal((0, 13), (again.Added, again.AlreadyStored));
        Assert.Equal(13, await store.CountAsync());
        Assert.Equal(before, LivingHarness.Comparable(await LivingHarness.ExportAllAsync(store)));
        Assert.Equal(events, (await ((IStoryStore)store).ListEventsAsync(new StoryEventQuery { Limit = 10_000 })).Count);
    }

    [Fact]
    public async Task Ingest_DemoOneFileAtATime_WritesEventsWithEvidence()
    {
        await using var harness = new LivingHarness();
        var store = await harness.OpenAsync();
        foreach (var file in LivingHarness.DemoFiles())
        {
            await LivingHarness.Engine(store).IngestAsync(LivingHarness.Read(file), new LivingHarness.NoProgress());
        }

        var events = await ((IStoryStore)store).ListEventsAsync(new StoryEventQuery { Limit = 10_000 });
        var kinds = events.Select(e => e.Kind).ToHashSet();

        Assert.Superset(new HashSet<string> { StoryEventKinds.Born, StoryEventKinds.Grew, StoryEventKinds.FigureUpdated, StoryEventKinds.NewConflict, StoryEventKinds.NewQuote }, kinds);
        Assert.Equal(2, events.Count(e => e.Kind == StoryEventKinds.Born));
        Assert.Contains(events, e => e.Kind == StoryEventKinds.FigureUpdated && e.Summary.Contains("→ 16", StringComparison.Ordinal));
        Assert.All(events, e => Assert.False(string.IsNullOrEmpty(e.DataJson)));
        Assert.True(events.Zip(events.Skip(1)).All(p => p.First.Seq < p.Second.Seq && p.First.At <= p.Second.At));
        var bridge = (await ((IStoryStore)store).ListStoriesAsync(new StoryListQuery())).Items[0];
        Assert.Equal(12, bridge.Articles);
        Assert.NotNull(bridge.LastEventSummary);
    }

    private static async Task AssertStreamEqualsBatchAsync(IReadOnlyList<string> files, bool ignoreTitles = false)
    {
        await using var harness = new LivingHarness();
        var store = await harness.OpenAsync();
        foreach (var file in files)
        {
            // A new engine each time, as each CLI run is a new process: its memory comes back from the store.
            await LivingHarness.Engine(store).IngestAsync(LivingHarness.Read(file), new LivingHarness.NoProgress());
        }

        var streamed = LivingHarness.Comparable(await LivingHarness.ExportAllAsync(store), ignoreTitles);
        var batch = LivingHarness.Comparable(await LivingHarness.BatchAsync(LivingHarness.Demo), ignoreTitles);

        Assert.Equal(batch.Keys, streamed.Keys);
        foreach (var key in batch.Keys)
        {
            Assert.Equal(batch[key], streamed[key]);
        }

        Assert.True((await LivingHarness.Engine(store).VerifyAsync(0, new LivingHarness.NoProgress())).Passed);
    }
}
