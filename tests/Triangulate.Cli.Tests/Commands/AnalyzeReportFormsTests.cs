using System.Text.Json.Nodes;
using Triangulate.TestKit;

namespace Triangulate.Cli.Tests.Commands;

/// <summary>How analyze writes the report (a site by default, one file with --single-file) and the dossier (--compact-dossier).</summary>
public sealed class AnalyzeReportFormsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Demo => Path.Combine(SharedData.RepoRoot, "samples", "demo");

    [Fact]
    public void Analyze_Default_WritesTheSiteWithOnePagePerStory()
    {
        var outDir = _temp.Sub("site");
        var run = CliRunner.Run("analyze", Demo, "--out", outDir);

        Assert.True(run.ExitCode is 0 or 1, run.All);
        var dossier = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "dossier.json")))!;
        var index = File.ReadAllText(Path.Combine(outDir, "report", "index.html"));
        foreach (var story in dossier["stories"]!.AsArray())
        {
            var id = (string)story!["id"]!;
            Assert.Contains($"href=\"stories/{id}.html\"", index, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(outDir, "report", "stories", id + ".html")));
            Assert.True(File.Exists(Path.Combine(outDir, "report", "stories", id + "_articles.html")));
        }

        Assert.True(File.Exists(Path.Combine(outDir, "report", "inputs.html")));
        Assert.False(File.Exists(Path.Combine(outDir, "report.html")));
        Assert.Contains(Path.Combine(outDir, "report", "index.html"), run.Stdout, StringComparison.Ordinal);

        // Progress covers the corpus stages (issue #20): one line per stage, climbing past the article share, then done.
        var stages = run.Stderr.Split('\n').Where(l => l.Contains("; corpus stage ", StringComparison.Ordinal)).ToList();
        Assert.True(stages.Count >= 3, run.Stderr);
        Assert.StartsWith("Analysing: 70% 13 articles; corpus stage 1 of ", stages[0], StringComparison.Ordinal);
        Assert.Contains("corpus stages done in", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_SingleFileAndCompactDossier_OneReportFileAndNoTexts()
    {
        var outDir = _temp.Sub("one");
        var run = CliRunner.Run("analyze", Demo, "--out", outDir, "--single-file", "--compact-dossier");

        Assert.True(run.ExitCode is 0 or 1, run.All);
        Assert.True(File.Exists(Path.Combine(outDir, "report.html")));
        Assert.False(Directory.Exists(Path.Combine(outDir, "report")));
        var dossier = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "dossier.json")))!;
        Assert.True((bool)dossier["compact"]!);
        Assert.Equal(13, dossier["articles"]!.AsArray().Count);
        Assert.All(dossier["articles"]!.AsArray(), a => Assert.Null(a!["text"]));
        Assert.NotEmpty(dossier["stories"]![0]!["claims"]!.AsArray());
    }
}
