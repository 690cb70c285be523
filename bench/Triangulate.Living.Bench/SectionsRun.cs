using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Triangulate.Core.Pipeline;
using Triangulate.Engine;
using Triangulate.Engine.Living;
using Triangulate.Storage.Sqlite;

namespace Triangulate.Living.Bench;

/// <summary>
/// The section path alone: every story of a stored (SQLite) store is marked pending and recomputed once from its
/// stored annotations, and the process's CPU time for that is printed. Run it on copies of one store to compare two
/// builds: the per-article stages and clustering stay out of the figure.
/// </summary>
public static class SectionsRun
{
    public static async Task<int> RunAsync(string db)
    {
        await using (var connection = new SqliteConnection($"Data Source={db}"))
        {
            await connection.OpenAsync();
            await using var mark = connection.CreateCommand();
            mark.CommandText = "UPDATE stories SET dirty = 1, dirty_since_ms = 0";
            Console.WriteLine($"{await mark.ExecuteNonQueryAsync():N0} stories marked pending");
        }

        await using var store = await SqliteArticleStore.OpenAsync(db);
        var engine = new StoryEngine(store, PipelineFactory.CreateFull(new PipelineOptions()));
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var done = await engine.RecomputeAsync(all: true);
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"{done.Recomputed:N0} stories recomputed in {watch.Elapsed.TotalSeconds:N1} s wall, CPU {used.TotalSeconds:N2} s ({used.TotalMilliseconds / Math.Max(1, done.Recomputed):N2} ms a story)");
        return 0;
    }
}
