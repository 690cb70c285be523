using System.Diagnostics;
using System.Globalization;
using Triangulate.Core.Living;
using Triangulate.Core.Pipeline;
using Triangulate.Engine;
using Triangulate.Engine.Living;
using Triangulate.Storage.Sqlite;

namespace Triangulate.Living.Bench;

/// <summary>
/// The flat-cost run: the synthetic stream through the living engine in batches, every stage on. Prints, per tenth
/// of the stream, the median batch time (commit plus the due section work), the throughput and the resident
/// memory; at the end the ratio of the last tenth's median to the first's and the peak RSS.
/// </summary>
public static class StreamRun
{
    public static async Task<int> RunAsync(string newsdocs, string db, int count, int batch, double spanDays, string? csv)
    {
        var bases = SyntheticStream.Load(newsdocs);
        var stream = new SyntheticStream(bases, count, TimeSpan.FromDays(spanDays));
        await using var store = await SqliteArticleStore.OpenAsync(db);
        var engine = new StoryEngine(store, PipelineFactory.CreateFull(new PipelineOptions()));
        var sink = new TenthsSink(count, batch);
        // Batch times go to the CSV as they happen, so a run stopped early still has its figures.
        using var log = csv is null ? null : new StreamWriter(csv) { AutoFlush = true };
        // cpu_ms is the process CPU time since the previous batch (all stages, all threads): on a machine shared with
        // other jobs it measures a batch's cost where wall time measures the neighbours too.
        log?.WriteLine("batch,ms,cpu_ms,added,rss_mib,pending_sections");
        var batches = 0;
        var lastCpu = Process.GetCurrentProcess().TotalProcessorTime;
        engine.BatchApplied += (b, t) =>
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            log?.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{batches++},{t.TotalMilliseconds:F1},{(cpu - lastCpu).TotalMilliseconds:F0},{b.Added},{Environment.WorkingSet / 1048576},{b.TouchedStories.Count}"));
            lastCpu = cpu;
        };
        Console.WriteLine($"stream: {count:N0} synthetic articles from {bases.Count:N0} newsdocs texts over {spanDays} days, batches of {batch}, store {db}");
        var watch = Stopwatch.StartNew();
        var outcome = await engine.IngestAsync(stream.Items(), sink, batch, flush: false, keepIds: false);
        var streamed = watch.Elapsed;
        var tenths = Tenths(outcome.BatchTimes);
        for (var t = 0; t < tenths.Count; t++)
        {
            Console.WriteLine($"tenth {t + 1,2}: median batch {tenths[t].TotalMilliseconds,7:N1} ms, RSS at its end {sink.RssAtTenth.GetValueOrDefault(t) / 1048576.0,7:N0} MiB");
        }

        var ratio = tenths[^1].TotalMilliseconds / tenths[0].TotalMilliseconds;
        Console.WriteLine($"{outcome.Added:N0} added in {streamed.TotalSeconds:N0} s = {outcome.Added / streamed.TotalSeconds:N0} articles/s; {outcome.Batches:N0} batches, {outcome.SectionsRecomputed:N0} section recomputes, {outcome.Events:N0} events");
        Console.WriteLine($"last tenth median / first tenth median = {ratio:N2} (accept: <= 1.30)");
        Console.WriteLine($"peak RSS {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MiB (accept: < 1536)");
        var health = await store.CheckAsync();
        Console.WriteLine($"store: {health.Articles:N0} articles, {health.Stories:N0} stories, {health.DirtyStories:N0} awaiting a section recompute, invariants {(health.Holds ? "hold" : "VIOLATED")}");
        return ratio <= 1.3 && Process.GetCurrentProcess().PeakWorkingSet64 < 1536L * 1048576 && health.Holds ? 0 : 1;
    }

    private static List<TimeSpan> Tenths(List<TimeSpan> times)
    {
        var result = new List<TimeSpan>();
        for (var t = 0; t < 10; t++)
        {
            var part = times.Skip(times.Count * t / 10).Take(Math.Max(1, (times.Count * (t + 1) / 10) - (times.Count * t / 10))).Order().ToList();
            result.Add(part.Count == 0 ? TimeSpan.Zero : part[part.Count / 2]);
        }

        return result;
    }

    /// <summary>Samples RSS at each tenth of the stream and prints progress now and then.</summary>
    private sealed class TenthsSink(int count, int batch) : IProgressSink
    {
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private long _done;

        public Dictionary<int, long> RssAtTenth { get; } = [];

        public void Advance(int articles, long inputUnits)
        {
            var done = Interlocked.Add(ref _done, articles);
            if (articles > 0 && done % (count / 10) == 0)
            {
                RssAtTenth[(int)(done * 10 / count) - 1] = Environment.WorkingSet;
            }

            if (articles > 0 && done % Math.Max(batch * 100, 10_000) == 0)
            {
                Console.WriteLine($"  {done:N0} read, {done / _watch.Elapsed.TotalSeconds:N0}/s, RSS {Environment.WorkingSet / 1048576.0:N0} MiB");
            }
        }
    }
}
