namespace Triangulate.Cli.Tests.Configuration;

/// <summary>Issue #20: triangulate.json (or --config), TRIANGULATE__ variables and flags, in that order of
/// precedence; invalid values are refused with TRI6001 naming the key; config show prints where each value came from.</summary>
public sealed class ConfigurationTests : IDisposable
{
    private const string Article = """
        Title: Ferry service resumes after storm
        Outlet: Test Gazette

        The harbour ferry returned to its normal timetable on Thursday after two days of cancellations.
        Passengers said the crossing was calm and the ferry left the pier on time.
        """;

    private const string MaxFileBytesVariable = "TRIANGULATE__Limits__MaxFileBytes";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Limits_FileThenEnvironmentThenFlag_EachLayerWins()
    {
        var input = _temp.File("in/a.txt", Article);
        _temp.File("triangulate.json", """{ "Limits": { "MaxFileBytes": 10 } }""");
        var big = new Dictionary<string, string> { [MaxFileBytesVariable] = "100000" };

        var fromFile = Analyze(null, input, "out1");
        var fromEnvironment = Analyze(big, input, "out2");
        var fromFlag = Analyze(big, input, "out3", "--max-file-bytes", "10");

        Assert.Equal(1, fromFile.ExitCode);
        Assert.Contains("TRI1005", fromFile.Stderr);
        Assert.True(fromEnvironment.ExitCode == 0, fromEnvironment.All);
        Assert.DoesNotContain("TRI1005", fromEnvironment.All);
        Assert.Equal(1, fromFlag.ExitCode);
        Assert.Contains("TRI1005", fromFlag.Stderr);
    }

    [Fact]
    public void ConfigShow_PrintsEachValueWithItsLayer()
    {
        _temp.File("triangulate.json", """{ "Limits": { "MaxFileBytes": 1000, "MaxRecordBytes": 2000 }, "Server": { "LogFormat": "Json" } }""");
        var environment = new Dictionary<string, string> { ["TRIANGULATE__Limits__MaxRecordBytes"] = "3000" };

        var run = CliRunner.RunIn(_temp.Path, environment, null, "config", "show", "--max-text-chars", "4000");

        Assert.True(run.ExitCode == 0, run.All);
        var lines = run.Stdout.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("Limits:MaxFileBytes", StringComparison.Ordinal) && l.EndsWith("1000  (triangulate.json)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Limits:MaxRecordBytes", StringComparison.Ordinal) && l.EndsWith("3000  (environment)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Limits:MaxTextChars", StringComparison.Ordinal) && l.EndsWith("4000  (flag)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Server:LogFormat", StringComparison.Ordinal) && l.EndsWith("Json  (triangulate.json)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Pipeline:StageBudget", StringComparison.Ordinal) && l.EndsWith("00:00:10  (default)", StringComparison.Ordinal));
    }

    [Fact]
    public void ConfigFileOption_ReplacesTheWorkingFolderFile()
    {
        _temp.File("triangulate.json", """{ "Server": { "MaxRequestBytes": 10 } }""");
        var other = _temp.File("deploy/other.json", """{ "Server": { "MaxRequestBytes": 20 } }""");

        var run = CliRunner.RunIn(_temp.Path, null, null, "config", "show", "--config", other);

        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains(run.Stdout.Split('\n'), l => l.StartsWith("Server:MaxRequestBytes", StringComparison.Ordinal) && l.Contains("20  (--config ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{ "Limits": { "MaxFileBytes": 0 } }""", "Limits:MaxFileBytes")]
    [InlineData("""{ "Limits": { "MaxTextChars": "lots" } }""", "Limits:MaxTextChars")]
    [InlineData("""{ "Pipeline": { "StageBudget": "-00:00:05" } }""", "Pipeline:StageBudget")]
    [InlineData("""{ "Server": { "Urls": "ftp://example.org" } }""", "Server:Urls")]
    [InlineData("""{ "Server": { "LogFormat": "xml" } }""", "Server:LogFormat")]
    [InlineData("""{ "Limits": { "MaxFileByte": 5 } }""", "Limits:MaxFileByte")]
    public void InvalidValueInFile_Tri6001NamesTheKey_AndNothingRuns(string json, string key)
    {
        _temp.File("triangulate.json", json);
        var input = _temp.File("in/a.txt", Article);

        var run = CliRunner.RunIn(_temp.Path, null, null, "analyze", input, "--out", _temp.Sub("out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("TRI6001", run.Stderr);
        Assert.Contains(key, run.Stderr);
        Assert.False(Directory.Exists(_temp.Sub("out")), "a run with an invalid configuration must not start");
    }

    [Fact]
    public void InvalidValueInEnvironment_NamesTheKeyAndTheLayer()
    {
        var run = CliRunner.RunIn(_temp.Path, new Dictionary<string, string> { [MaxFileBytesVariable] = "-1" }, null, "config", "show");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("TRI6001", run.Stderr);
        Assert.Contains("Limits:MaxFileBytes", run.Stderr);
        Assert.Contains("environment", run.Stderr);
    }

    [Fact]
    public void UnreadableConfigFile_Tri6002()
    {
        var broken = _temp.File("broken.json", """{ "Limits": """);

        var run = CliRunner.RunIn(_temp.Path, null, null, "config", "show", "--config", broken);
        var missing = CliRunner.RunIn(_temp.Path, null, null, "config", "show", "--config", _temp.Sub("missing.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("TRI6002", run.Stderr);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("TRI6002", missing.Stderr);
    }

    private CliRunner.Result Analyze(Dictionary<string, string>? environment, string input, string output, params string[] extra) =>
        CliRunner.RunIn(_temp.Path, environment, null, ["analyze", input, "--out", _temp.Sub(output), "--quiet", .. extra]);
}
