using System.Diagnostics;
using Triangulate.Fuzz;
using Triangulate.TestKit;

namespace Triangulate.Reliability.Tests.Fuzzing;

/// <summary>
/// Replays every input afl++ ever kept as a crash or a hang (tools/fuzz/regressions/TARGET/), and every seed, through
/// the same fuzz target: each must now return normally within the 2 s that made afl++ call it a hang. A crash
/// fixed once stays fixed; tools/fuzz/run.sh adds new finds here.
/// </summary>
public sealed class FuzzRegressionTests
{
    private static readonly string FuzzFolder = Path.Combine(SharedData.RepoRoot, "tools", "fuzz");

    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in new[] { "regressions", "seeds" })
        {
            foreach (var target in FuzzTargets.Names)
            {
                var folder = Path.Combine(FuzzFolder, kind, target);
                if (!Directory.Exists(folder))
                {
                    continue;
                }

                foreach (var file in Directory.EnumerateFiles(folder).Where(f => !Path.GetFileName(f).StartsWith('.') && !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
                {
                    data.Add(target, Path.GetRelativePath(FuzzFolder, file));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Target_KeptInput_ReturnsWithinTwoSeconds(string target, string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(FuzzFolder, file));

        // The first call pays for the JIT and for loading name lists and rules (seconds on a loaded machine); afl++
        // times inputs in a warm process, so the timed call is the second. A throw fails either call.
        FuzzTargets.Run(target, bytes);
        var watch = Stopwatch.StartNew();
        FuzzTargets.Run(target, bytes);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"{target} took {watch.Elapsed.TotalSeconds:0.0} s on {file}");
    }

    [Fact]
    public void Regressions_EveryTargetHasAFolder()
    {
        foreach (var target in FuzzTargets.Names)
        {
            Assert.True(Directory.Exists(Path.Combine(FuzzFolder, "seeds", target)), $"no seeds for fuzz target '{target}'");
        }
    }
}
