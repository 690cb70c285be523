using System.Diagnostics;
using Triangulate.Core.Living;
using Triangulate.Engine;
using Triangulate.Engine.Living;
using Triangulate.Storage.Sqlite;

namespace Triangulate.Living.Bench;

/// <summary>
/// Kill -9 at random moments during a streaming ingest of a real process (<c>triangulate ingest</c>), then reopen the
/// store and check it: every stored article in exactly one lineage and one story, no empty story, verify passes
/// (pending section work allowed), and at the end re-running the ingest to completion adds no duplicate.
/// </summary>
public static class CrashRun
{
    public static async Task<int> RunAsync(string triangulateDll, string input, string db, int kills, int batch, int seed, double maxSeconds)
    {
        var random = new Random(seed);
        var failures = 0;
        for (var k = 1; k <= kills; k++)
        {
            var delay = TimeSpan.FromSeconds(0.5 + random.NextDouble() * maxSeconds);
            using var process = Start(triangulateDll, input, db, batch);
            var exited = process.WaitForExit(delay);
            if (!exited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            var (ok, line) = await CheckAsync(db, finished: false);
            failures += ok ? 0 : 1;
            Console.WriteLine($"kill {k,2} after {delay.TotalSeconds,5:N1} s{(exited ? " (the run had finished)" : "")}: {line}");
        }

        using (var last = Start(triangulateDll, input, db, batch))
        {
            await last.WaitForExitAsync();
            Console.WriteLine($"final run to completion: exit {last.ExitCode}");
        }

        var again = Start(triangulateDll, input, db, batch);
        var output = await again.StandardOutput.ReadToEndAsync();
        await again.WaitForExitAsync();
        var (done, summary) = await CheckAsync(db, finished: true);
        Console.WriteLine($"re-run: {output.Split('\n')[0].Trim()}");
        Console.WriteLine($"after completion: {summary}");
        var noDuplicates = output.StartsWith("0 new,", StringComparison.Ordinal);
        Console.WriteLine($"{kills - failures} of {kills} kills left a consistent store; re-run added nothing: {noDuplicates}");
        return failures == 0 && done && noDuplicates ? 0 : 1;
    }

    private static Process Start(string dll, string input, string db, int batch)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { dll, "ingest", input, "--db", db, "--batch", batch.ToString(System.Globalization.CultureInfo.InvariantCulture), "--quiet" })
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["CI"] = "true";
        var process = Process.Start(info)!;
        _ = process.StandardError.ReadToEndAsync();
        return process;
    }

    private static async Task<(bool Ok, string Line)> CheckAsync(string db, bool finished)
    {
        await using var store = await SqliteArticleStore.OpenAsync(db);
        var engine = new StoryEngine(store, PipelineFactory.CreateFull());
        var report = await engine.VerifyAsync(50, new Silent());
        var h = report.Health;
        var ok = report.Passed && (!finished || (h.DirtyStories == 0 && h.Unprocessed == 0 && h.Annotated == h.Articles));
        return (ok, $"{h.Articles:N0} articles, {h.Stories:N0} stories, {h.DirtyStories:N0} pending; invariants {(h.Holds ? "hold" : "VIOLATED")}, sections {report.SectionsChecked} rebuilt, {report.SectionMismatches.Count} differ -> {(ok ? "ok" : "FAIL")}");
    }

    private sealed class Silent : IProgressSink
    {
        public void Advance(int articles, long inputUnits)
        {
        }
    }
}
