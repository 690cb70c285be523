using System.Diagnostics;
using Triangulate.Core.Pipeline;
using Triangulate.Engine;
using Triangulate.Engine.Living;
using Triangulate.Ingest;
using Triangulate.Storage.Sqlite;

namespace Triangulate.Living.Bench;

/// <summary>Streaming ingest of real inputs with every stage, in one process: wall and CPU time, articles/s, and where the writer's time went.</summary>
public static class SpeedRun
{
    public static async Task<int> RunAsync(string input, string db, int batch)
    {
        foreach (var file in new[] { db, db + "-wal", db + "-shm" })
        {
            File.Delete(file);
        }

        await using var store = await SqliteArticleStore.OpenAsync(db);
        var engine = new StoryEngine(store, PipelineFactory.CreateFull(new PipelineOptions()));
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var outcome = await engine.IngestAsync(new InputReader(new IngestOptions()).ReadAsync([input], CancellationToken.None), new NoProgress(), batch, flush: true, keepIds: false);
        var wall = watch.Elapsed;
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"{outcome.Added:N0} articles in {wall.TotalSeconds:N1} s wall = {outcome.Added / wall.TotalSeconds:N0} articles/s; CPU {used.TotalSeconds:N1} s ({outcome.Added / used.TotalSeconds:N0} articles per CPU-second); flush {outcome.FlushElapsed.TotalSeconds:N1} s");
        Console.WriteLine($"writer: {engine.Timings}");
        Console.WriteLine($"peak RSS {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MiB; {outcome.SectionsRecomputed:N0} section recomputes, {outcome.Events:N0} events");
        return 0;
    }

    private sealed class NoProgress : IProgressSink
    {
        public void Advance(int articles, long inputUnits)
        {
        }
    }
}
