using System.Diagnostics;
using Triangulate.Cli.Composition;
using Triangulate.Core.Living;
using Triangulate.Engine.Living;
using Triangulate.Storage.Sqlite;
using Triangulate.TestKit;

namespace Triangulate.Cli.Tests.Commands;

/// <summary>
/// Kill -9 during a streaming ingest of a real process leaves a consistent store: every stored article in exactly
/// one lineage and one story, no empty story, verify passes (pending section work allowed), and running the
/// ingest again completes it without a duplicate. The 50-kill run on real data is a documented command
/// (docs/living.md, <c>Triangulate.Living.Bench crash</c>); this is its CI-sized version.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Ingest_KilledAtRandomMoments_StoreStaysConsistentAndResumesWithoutDuplicates()
    {
        var inputs = _temp.Sub("in");
        Directory.CreateDirectory(inputs);
        var input = SyntheticNews.Write(Path.Combine(inputs, "stream.jsonl"), 300, 10, seed: 5);
        var db = Path.Combine(_temp.Path, "crash.db");
        var random = new Random(11);
        for (var kill = 0; kill < 4; kill++)
        {
            using var process = Start("ingest", input, "--db", db, "--batch", "7", "--quiet");
            if (!process.WaitForExit(TimeSpan.FromMilliseconds(1500 + random.Next(4000))))
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            await AssertConsistentAsync(db, finished: false);
        }

        var finish = CliRunner.Run("ingest", input, "--db", db, "--batch", "7", "--quiet");
        Assert.Equal(0, finish.ExitCode);
        var again = CliRunner.Run("ingest", input, "--db", db, "--quiet");
        Assert.StartsWith("0 new, 300 already stored", again.Stdout, StringComparison.Ordinal);
        await AssertConsistentAsync(db, finished: true);
        var verify = CliRunner.Run("verify", "--db", db, "--sample", "0", "--quiet");
        Assert.Equal(0, verify.ExitCode);
        Assert.Contains("verify: passed", verify.Stdout, StringComparison.Ordinal);
    }

    private static async Task AssertConsistentAsync(string db, bool finished)
    {
        if (!File.Exists(db))
        {
            return; // killed before the store was created
        }

        await using var store = await SqliteArticleStore.OpenAsync(db);
        var engine = LivingEngines.Create(store);
        var report = await engine.VerifyAsync(20, new Quiet());
        Assert.True(report.Health.Holds, $"invariants broken: {report.Health}");
        Assert.Empty(report.SectionMismatches);
        Assert.Equal(report.Health.Articles, report.Health.Annotated);
        if (finished)
        {
            Assert.Equal(300, report.Health.Articles);
            Assert.Equal(0, report.Health.DirtyStories);
        }
    }

    private static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["CI"] = "true";
        var process = Process.Start(info)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        return process;
    }

    private sealed class Quiet : Engine.IProgressSink
    {
        public void Advance(int articles, long inputUnits)
        {
        }
    }
}
