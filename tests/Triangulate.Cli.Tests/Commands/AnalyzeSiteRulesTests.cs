using System.Text.Json.Nodes;

namespace Triangulate.Cli.Tests.Commands;

/// <summary><c>--site-rules FILE</c>: extra per-site HTML rules, applied to pages of their site and checked at parse time.</summary>
public sealed class AnalyzeSiteRulesTests : IDisposable
{
    private const string Page = """
        <html><head><title>Ferry service resumes</title><link rel="canonical" href="https://www.harbour-gazette.example/ferry"></head><body>
        <article><h1>Ferry service resumes</h1>
        <p>The harbour ferry returned to its normal timetable on Thursday after two days of cancellations caused by the storm.</p>
        <p>The operator said the crossings would run every half hour until the end of the season, with an extra late boat on Fridays.</p>
        <p>Passengers who bought tickets for the cancelled crossings can claim a refund at the harbour office until the end of the month.</p>
        <p class="house-note">The Harbour Gazette has served the coast since 1887 and is owned by its readers' cooperative.</p>
        </article></body></html>
        """;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Text(string outDir) =>
        (string)JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "dossier.json")))!["articles"]![0]!["text"]!;

    [Fact]
    public void Analyze_SiteRulesFile_RemovesBoilerplateOnItsSiteAndSaysSo()
    {
        var page = _temp.File("ferry.html", Page);
        var rules = _temp.File("rules.json", """
            { "rules": [ { "site": "harbour-gazette.example", "version": 1, "remove": [".house-note"], "why": "house advert inside the story" } ] }
            """);

        var plain = CliRunner.Run("analyze", page, "--out", _temp.Sub("plain"), "--db", _temp.Sub("plain.db"));
        var ruled = CliRunner.Run("analyze", page, "--out", _temp.Sub("ruled"), "--db", _temp.Sub("ruled.db"), "--site-rules", rules, "--verbose");

        Assert.Equal(0, plain.ExitCode);
        Assert.Equal(0, ruled.ExitCode);
        Assert.Contains("readers' cooperative", Text(_temp.Sub("plain")), StringComparison.Ordinal);
        Assert.DoesNotContain("readers' cooperative", Text(_temp.Sub("ruled")), StringComparison.Ordinal);
        Assert.Contains("extra late boat", Text(_temp.Sub("ruled")), StringComparison.Ordinal);
        Assert.Contains("TRI2005", ruled.All, StringComparison.Ordinal);
        Assert.Contains("harbour-gazette.example v1", ruled.All, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "rules": [ { "site": "harbour-gazette.example", "version": 1, "remove": ["p[["], "why": "w" } ] }""", "does not parse")]
    [InlineData("{ nope", "not valid JSON")]
    public void Analyze_BadSiteRulesFile_UsageErrorNamingTheProblem(string json, string message)
    {
        var rules = _temp.File("bad.json", json);

        var run = CliRunner.Run("analyze", _temp.File("ferry.html", Page), "--out", _temp.Sub("out"), "--site-rules", rules);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.All, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("serve")]
    public void OtherCommands_BadSiteRulesFile_UsageErrorBeforeStarting(string command)
    {
        var rules = _temp.File("bad.json", "{ nope");
        string[] args = command == "ingest"
            ? ["ingest", _temp.File("ferry.html", Page), "--db", _temp.Sub("x.db"), "--site-rules", rules]
            : ["serve", "--db", _temp.Sub("x.db"), "--site-rules", rules];

        var run = CliRunner.Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not valid JSON", run.All, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_MissingSiteRulesFile_UsageError()
    {
        var run = CliRunner.Run("analyze", _temp.File("ferry.html", Page), "--out", _temp.Sub("out"), "--site-rules", _temp.Sub("none.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--site-rules", run.All, StringComparison.Ordinal);
    }
}
