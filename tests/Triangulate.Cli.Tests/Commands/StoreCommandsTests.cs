using System.Text.Json.Nodes;

namespace Triangulate.Cli.Tests.Commands;

/// <summary>ingest, list, show, search and export against one store, plus help and usage errors.</summary>
public sealed class StoreCommandsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public StoreCommandsTests()
    {
        _temp.File("in/a.txt", """
            Title: Lighthouse keeper retires after forty years
            Outlet: North Coast Times
            Published: 2025-03-04

            The keeper of the Saltmarsh lighthouse retired on Monday after forty years of service.
            Neighbours gathered at the harbour to thank her.
            """);
        _temp.File("in/b.txt", """
            Title: School opens new science wing
            Outlet: Valley Echo
            Published: 2025-03-06

            Pupils moved into the new science wing of the town's secondary school on Wednesday.
            """);
        Db = _temp.Sub("store.db");
    }

    private string Db { get; }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Help_Root_ListsCommandsAndExitCodes()
    {
        var run = CliRunner.Run("--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "analyze", "ingest", "list", "show", "search", "export", "bench" })
        {
            Assert.Contains(command, run.Stdout);
        }
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("ingest")]
    [InlineData("export")]
    [InlineData("bench")]
    public void Help_Command_ShowsExamplesAndExitCodes(string command)
    {
        var run = CliRunner.Run(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Examples:", run.Stdout);
        Assert.Contains("Exit codes", run.Stdout);
    }

    [Fact]
    public void TrainNer_WithoutData_IsAUsageErrorNamingTheFolder()
    {
        var run = CliRunner.Run("train", "ner", "--data", _temp.Sub("nowhere"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no ner/ folder", run.Stderr);
    }

    [Fact]
    public void Help_TrainNer_ShowsExamples()
    {
        var run = CliRunner.Run("train", "ner", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("triangulate train ner --data", run.Stdout);
    }

    [Fact]
    public void Analyze_WithoutOut_IsAUsageError()
    {
        var run = CliRunner.Run("analyze", _temp.Sub("in"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out", run.Stderr);
    }

    [Fact]
    public void Ingest_WithTimings_PrintsEveryStageAndWriterPhase()
    {
        var run = CliRunner.Run("ingest", _temp.Sub("in"), "--db", Db, "--timings");

        Assert.Equal(0, run.ExitCode);
        var stages = run.Stdout.Split('\n').Single(l => l.StartsWith("stage time: ", StringComparison.Ordinal));
        foreach (var stage in new[] { "extraction", "language", "tokens", "sentences", "entities", "quotes", "dates", "quantities" })
        {
            Assert.Matches($@"\b{stage} \d+\.\d\d s", stages);
        }

        var writer = run.Stdout.Split('\n').Single(l => l.StartsWith("writer time: encode ", StringComparison.Ordinal));
        // Both articles are in stories, so the end-of-run flush computed sections from at least both of them.
        var sections = Assert.Single(System.Text.RegularExpressions.Regex.Matches(writer, @"\bsections \d+\.\d s \((\d+) recomputes?, (\d+) articles\)"));
        Assert.True(int.Parse(sections.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.True(int.Parse(sections.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) >= 2);
        Assert.Contains(run.Stdout.Split('\n'), l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^jit: [\d,]+ methods, \d+\.\d\d s compiling"));
        Assert.DoesNotContain("stage time:", CliRunner.Run("ingest", _temp.Sub("in"), "--db", _temp.Sub("other.db")).Stdout);
    }

    [Fact]
    public void Ingest_ThenAgain_SecondRunIsANoOp()
    {
        var first = CliRunner.Run("ingest", _temp.Sub("in"), "--db", Db);
        var second = CliRunner.Run("ingest", _temp.Sub("in"), "--db", Db);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("2 new, 0 already stored", first.Stdout);
        Assert.Contains("0 new, 2 already stored", second.Stdout);
    }

    [Fact]
    public void ListShowSearchExport_AfterIngest_SeeTheStoredArticles()
    {
        CliRunner.Run("ingest", _temp.Sub("in"), "--db", Db);

        var list = CliRunner.Run("list", "--db", Db);
        var rows = list.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, rows.Length);
        Assert.StartsWith("a-", rows[0]);
        Assert.Contains("School opens new science wing", rows[0]); // newest first

        var id = rows[1].Split('\t')[0];
        var show = CliRunner.Run("show", id, "--db", Db);
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("Saltmarsh lighthouse", show.Stdout);
        Assert.Contains("North Coast Times", show.Stdout);

        var showJson = CliRunner.Run("show", id, "--db", Db, "--json");
        Assert.Equal(id, (string?)JsonNode.Parse(showJson.Stdout)!["id"]);

        var search = CliRunner.Run("search", "lighthouse", "--db", Db);
        Assert.Contains(id, search.Stdout);
        Assert.Contains("1 hit", search.Stdout);

        var export = CliRunner.Run("export", "--format", "jsonl", "--db", Db);
        var lines = export.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.StartsWith("a-", (string?)JsonNode.Parse(l)!["id"]));

        var exportFile = _temp.Sub("all.json");
        Assert.Equal(0, CliRunner.Run("export", "--format", "json", "--db", Db, "--out", exportFile).ExitCode);
        Assert.Equal(2, JsonNode.Parse(File.ReadAllText(exportFile))!.AsArray().Count);
    }

    [Fact]
    public void Show_UnknownId_SaysSoWithoutStackTrace()
    {
        CliRunner.Run("ingest", _temp.Sub("in"), "--db", Db);

        var run = CliRunner.Run("show", "a-00000000000000000000", "--db", Db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no article", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public void Export_IsReadableBackByIngest()
    {
        CliRunner.Run("ingest", _temp.Sub("in"), "--db", Db);
        var exported = _temp.Sub("export/articles.jsonl");
        Directory.CreateDirectory(Path.GetDirectoryName(exported)!);
        CliRunner.Run("export", "--format", "jsonl", "--db", Db, "--out", exported);

        var reingest = CliRunner.Run("ingest", exported, "--db", _temp.Sub("other.db"));

        Assert.Equal(0, reingest.ExitCode);
        Assert.Contains("2 new", reingest.Stdout);
    }
}
