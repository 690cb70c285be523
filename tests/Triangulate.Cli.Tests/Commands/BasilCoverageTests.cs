using System.Text.Json.Nodes;
using Triangulate.Core.Outlets;
using Triangulate.TestKit;

namespace Triangulate.Cli.Tests.Commands;

/// <summary>
/// BASIL (the same events told by Fox News, The New York Times and HuffPost) analysed end to end: each
/// story shows its coverage by lean, from the AllSides ratings read at run time from ../shared.
/// </summary>
public sealed class BasilCoverageTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [SharedDataFact("data/stories/basil.jsonl")]
    public void AnalyzeThenExport_Basil_EveryStoryShowsCoverageByLean()
    {
        Assert.True(OutletLeans.Default.Count > 0, "the AllSides ratings were not found at run time");
        var outDir = _temp.Sub("out");
        var analyze = CliRunner.Run("analyze", SharedData.Path("data", "stories", "basil.jsonl")!, "--out", outDir, "--quiet", "--single-file");
        Assert.True(analyze.ExitCode <= 1, analyze.All);

        var export = CliRunner.Run("export", "--dossier", Path.Combine(outDir, "dossier.json"), "--table", "stories", "--format", "jsonl");
        Assert.Equal(0, export.ExitCode);

        var stories = export.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.True(stories.Count >= 90, $"{stories.Count} stories");
        var multi = stories.Where(s => (int)s["articles"]! >= 3).ToList();
        Assert.NotEmpty(multi);

        // A three-outlet BASIL story has a right-rated (Fox News) and a left-rated (HuffPost) article: coverage from both sides.
        Assert.All(multi, s => Assert.Contains(s["byLean"]!.AsArray(), l => ((string)l!).StartsWith("right ", StringComparison.Ordinal)));
        Assert.All(multi, s => Assert.Contains(s["byLean"]!.AsArray(), l => ((string)l!).StartsWith("left ", StringComparison.Ordinal)));
        Assert.All(multi, s => Assert.Null(s["blindspot"]));

        var report = File.ReadAllText(Path.Combine(outDir, "report.html"));
        Assert.Contains("<table class=\"coverage\">", report, StringComparison.Ordinal);
    }
}
