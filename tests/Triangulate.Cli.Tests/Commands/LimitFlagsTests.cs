using System.Text.Json.Nodes;

namespace Triangulate.Cli.Tests.Commands;

/// <summary>Issue #19: the input limits are flags, and the diagnostic each limit causes names its flag.</summary>
public sealed class LimitFlagsTests : IDisposable
{
    private const string Article = """
        Title: Ferry service resumes after storm
        Outlet: Test Gazette

        The harbour ferry returned to its normal timetable on Thursday after two days of cancellations.
        Passengers said the crossing was calm and the ferry left the pier on time.
        """;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Analyze_FileOverMaxFileBytes_Tri1005NamesTheFlag()
    {
        var file = _temp.File("a.txt", Article);
        var other = _temp.File("b.txt", Article.Replace("Thursday", "Friday", StringComparison.Ordinal) + new string('x', 10));

        var run = CliRunner.Run("analyze", file, other, "--out", _temp.Sub("out"), "--max-file-bytes", (new FileInfo(file).Length + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("TRI1005", run.Stderr);
        Assert.Contains("--max-file-bytes", run.Stderr);
    }

    [Fact]
    public void Ingest_JsonLineOverMaxRecordBytes_Tri1005NamesTheFlagAndOtherLinesKept()
    {
        var file = _temp.File("a.jsonl", "{\"text\":\"A short line about the ferry.\"}\n{\"text\":\"" + new string('y', 5000) + "\"}\n");

        var run = CliRunner.Run("ingest", file, "--db", _temp.Sub("s.db"), "--max-record-bytes", "1000");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("TRI1005", run.Stderr);
        Assert.Contains("--max-record-bytes", run.Stderr);
        Assert.Contains("1 new", run.Stdout);
    }

    [Fact]
    public void Analyze_TextOverMaxTextChars_CutWithTri2004NamingTheFlag()
    {
        var file = _temp.File("a.txt", Article);
        var outDir = _temp.Sub("out");

        var run = CliRunner.Run("analyze", file, "--out", outDir, "--max-text-chars", "60");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("TRI2004", run.Stderr);
        Assert.Contains("--max-text-chars", run.Stderr);
        var text = (string)JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "dossier.json")))!["articles"]![0]!["text"]!;
        Assert.True(text.Length <= 60, $"text of {text.Length} characters");
    }

    [Theory]
    [InlineData("--max-file-bytes", "0")]
    [InlineData("--max-text-chars", "-5")]
    [InlineData("--max-record-bytes", "lots")]
    public void Analyze_BadLimitValue_IsUsageError(string flag, string value)
    {
        var run = CliRunner.Run("analyze", _temp.File("a.txt", Article), "--out", _temp.Sub("out"), flag, value);

        Assert.Equal(2, run.ExitCode);
    }
}
