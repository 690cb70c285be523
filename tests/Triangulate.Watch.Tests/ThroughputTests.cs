using System.Diagnostics;
using Triangulate.Core.Pipeline;
using Triangulate.Engine;
using Triangulate.Ingest.Web;
using Triangulate.Storage.Sqlite;
using Triangulate.Watch.Tests.Support;
using Xunit.Abstractions;

namespace Triangulate.Watch.Tests;

[CollectionDefinition(nameof(Throughput), DisableParallelization = true)]
public sealed class Throughput;

/// <summary>
/// Whether one watcher keeps up with 1,000 feeds (100 outlets × 10) polled every 5 minutes, with fetches simulated
/// in process (so the CPU measured is the watcher's: listing parsing, store, extraction and the per-article
/// stages of the new articles). Runs alone, so the process's CPU time is this test's.
/// </summary>
[Collection(nameof(Throughput))]
public sealed class ThroughputTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task ThousandFeedsEveryFiveMinutes_CpuPerCycleFarBelowTheInterval()
    {
        var web = new SimulatedWeb(hosts: 100, feedsPerHost: 10);
        var clock = new SimulatedClock(new DateTimeOffset(2025, 3, 3, 6, 0, 0, TimeSpan.Zero));
        using var folder = new TempFolder();
        var db = folder.File("throughput.db");
        await using var articles = await SqliteArticleStore.OpenAsync(db);
        await using var state = await SqliteWatchStore.OpenAsync(db);
        using var fetcher = new PoliteFetcher(new SafeFetcher(new UrlFetchOptions(), web), new PolitenessOptions(), clock);
        var watcher = new Watcher(fetcher, articles, state, new PipelineRunner(PipelineFactory.CreateFull()), new WatchOptions { Interval = Interval }, clock);
        foreach (var url in web.FeedUrls())
        {
            await watcher.AddSourceAsync(url, CancellationToken.None);
        }

        var first = await CycleAsync(watcher, web, clock, "first (1,000 new articles)");
        var cpu = new List<double>();
        var wall = new List<double>();
        for (var i = 0; i < 8; i++)
        {
            var (c, w, report) = await CycleAsync(watcher, web, clock, $"steady {i + 1}");
            cpu.Add(c);
            wall.Add(w);
            Assert.Equal(1000, report.SourcesPolled);
            Assert.Equal(900, report.SourcesNotModified);
            Assert.Equal(100, report.NewArticles);
        }

        cpu.Sort();
        wall.Sort();
        var medianCpu = cpu[cpu.Count / 2];
        output.WriteLine($"first cycle {first.Cpu:0} ms CPU; steady cycles: median {medianCpu:0} ms CPU, {wall[wall.Count / 2]:0} ms wall per cycle of 1,000 feed polls and 100 new articles "
            + $"({100 * medianCpu / Interval.TotalMilliseconds:0.0} % of one core over the 5-minute interval); {await articles.CountAsync()} articles stored");
        Assert.True(medianCpu < Interval.TotalMilliseconds / 5, $"a cycle took {medianCpu} ms of CPU");

        // Politeness bounds the real duration too: at most 11 requests per host per cycle, each 1 s apart, is 11 s of a 300 s interval.
        Assert.True(11 * new PolitenessOptions().MinHostDelay < Interval);
    }

    private async Task<(double Cpu, double Wall, WatchCycleReport Report)> CycleAsync(Watcher watcher, SimulatedWeb web, SimulatedClock clock, string label)
    {
        web.NextCycle();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var timer = Stopwatch.StartNew();
        var requests = web.Requests;
        var report = await watcher.RunOnceAsync(CancellationToken.None);
        timer.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
        output.WriteLine($"{label}: {cpu:0} ms CPU, {timer.ElapsedMilliseconds} ms wall, {web.Requests - requests} requests; {report}");
        clock.AdvanceTo(clock.GetUtcNow() + Interval);
        return (cpu, timer.Elapsed.TotalMilliseconds, report);
    }
}
