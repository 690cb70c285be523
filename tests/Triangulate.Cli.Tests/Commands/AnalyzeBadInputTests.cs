using System.Text;
using System.Text.Json.Nodes;
using Triangulate.TestKit;

namespace Triangulate.Cli.Tests.Commands;

/// <summary>Bad input end to end: each case gives a coded diagnostic, the run goes on, nothing corrupts the store.</summary>
public sealed class AnalyzeBadInputTests : IDisposable
{
    private const string GoodArticle = """
        Title: Ferry service resumes after storm
        Outlet: Test Gazette
        Published: 2025-10-02

        The harbour ferry returned to its normal timetable on Thursday after two days of cancellations.
        "We are glad to be sailing again," the ferry operator's spokeswoman said.
        """;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static JsonArray Articles(string outDir) => JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "dossier.json")))!["articles"]!.AsArray();

    private static JsonArray Diagnostics(string outDir) => JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "dossier.json")))!["diagnostics"]!.AsArray();

    [Fact]
    public void Analyze_MissingPath_ReportsTRI1001AndStillWritesOutput()
    {
        var good = _temp.File("good.txt", GoodArticle);
        var outDir = _temp.Sub("out");

        var run = CliRunner.Run("analyze", good, _temp.Sub("no-such-file.txt"), "--out", outDir);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("TRI1001", run.Stderr);
        Assert.Single(Articles(outDir));
        Assert.Contains(Diagnostics(outDir), d => (string)d!["code"]! == "TRI1001");
    }

    [Fact]
    public void Analyze_MixedBadInputs_EachReportedWithItsCodeAndGoodOnesKept()
    {
        _temp.File("in/good.txt", GoodArticle);
        _temp.File("in/empty.txt", "");
        _temp.File("in/blank.txt", "   \n\t\n  ");
        _temp.File("in/junk.txt", Enumerable.Range(0, 4096).Select(i => (byte)((i * 7919) % 256)).ToArray());
        _temp.File("in/latin1.txt", [.. Encoding.ASCII.GetBytes("Cafe owners said the \u0093new rules\u0094 were unfair, and the council agreed to review them next month."), 0x93, .. Encoding.ASCII.GetBytes("ok"), 0x94]);
        _temp.File("in/batch.jsonl", """
            {"id":"j1","title":"Port reopens","outlet":"Wire Test","text":"The port reopened on Monday after repairs to the main quay were finished ahead of schedule."}
            {"id":"j2","title": broken json here
            {"id":"j3","title":"Bridge inspection","outlet":"Wire Test","text":"Engineers began a full inspection of the old bridge on Tuesday, the city said in a statement."}
            """);
        _temp.File("in/feed.xml", """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Test Feed</title>
            <item><title>Market opens</title><link>https://news.example/a</link><description>The new covered market opened its doors to shoppers on Saturday morning, organisers said.</description></item>
            <item><title>Broken item<link>https://news.example/b</link><description>unclosed</item>
            <item><title>Library hours</title><link>https://news.example/c</link><description>The central library will extend its opening hours during the exam season, the council announced.</description></item>
            </channel></rss>
            """);
        var outDir = _temp.Sub("out");

        var run = CliRunner.Run("analyze", _temp.Sub("in"), "--out", outDir);

        Assert.Equal(1, run.ExitCode);
        var codes = Diagnostics(outDir).Select(d => (string)d!["code"]!).ToList();
        Assert.Contains("TRI1002", codes);
        Assert.Contains("TRI1003", codes);
        Assert.Contains("TRI1004", codes);
        Assert.Contains("TRI1006", codes);
        Assert.Contains(codes, c => c is "TRI1007" or "TRI1011");
        var titles = Articles(outDir).Select(a => (string?)a!["title"]).ToList();
        Assert.Contains("Ferry service resumes after storm", titles);
        Assert.Contains("Port reopens", titles);
        Assert.Contains("Bridge inspection", titles);
        Assert.Contains("Market opens", titles);
        Assert.Contains("Library hours", titles);
        Assert.Contains(Articles(outDir), a => ((string)a!["text"]!).Contains("Cafe owners", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_SameFileTwice_ReadOnceWithTRI1008()
    {
        var good = _temp.File("good.txt", GoodArticle);
        var outDir = _temp.Sub("out");

        var run = CliRunner.Run("analyze", good, good, "--out", outDir, "--verbose");

        Assert.Equal(0, run.ExitCode);
        Assert.Single(Articles(outDir));
        Assert.Contains("TRI1008", run.Stderr);
    }

    [Fact]
    public void Analyze_UnwritableOut_ExitsWithUsageCodeAndTRI5001()
    {
        var blocker = _temp.File("not-a-folder", "x");

        var run = CliRunner.Run("analyze", _temp.File("good.txt", GoodArticle), "--out", Path.Combine(blocker, "out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("TRI5001", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public void Analyze_DbThatIsNotSqlite_ExitsWithStorageCodeAndLeavesFileUntouched()
    {
        var db = _temp.File("notes.db", "these are my notes, not a database\n");
        var before = File.ReadAllBytes(db);

        var run = CliRunner.Run("analyze", _temp.File("good.txt", GoodArticle), "--out", _temp.Sub("out"), "--db", db);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("TRI3001", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.Equal(before, File.ReadAllBytes(db));
    }

    [Fact]
    public void Analyze_HugeSingleLineFile_ReportedAndOthersProcessed()
    {
        var huge = _temp.Sub("huge.txt");
        using (var stream = File.Create(huge))
        {
            var chunk = Encoding.ASCII.GetBytes(new string('a', 1 << 20));
            for (var i = 0; i < 50; i++)
            {
                stream.Write(chunk);
            }
        }

        var outDir = _temp.Sub("out");
        var run = CliRunner.Run("analyze", huge, _temp.File("good.txt", GoodArticle), "--out", outDir);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("TRI1005", run.Stderr);
        Assert.Single(Articles(outDir));
    }

    [Fact]
    public void Analyze_DeeplyNestedHtml_FinishesWithArticleOrDiagnostic()
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 100_000; i++)
        {
            html.Append("<div>");
        }

        html.Append("<p>Deep inside the page a short paragraph of real text sits and waits to be found by someone.</p></body></html>");
        var outDir = _temp.Sub("out");

        var run = CliRunner.Run("analyze", _temp.File("deep.html", html.ToString()), _temp.File("good.txt", GoodArticle), "--out", outDir);

        Assert.True(run.ExitCode is 0 or 1, run.All);
        Assert.Contains(Articles(outDir), a => (string?)a!["title"] == "Ferry service resumes after storm");
        Assert.DoesNotContain("Stack overflow", run.All);
    }

    [Fact]
    public void Analyze_StandardInput_ReadsTheArticle()
    {
        var outDir = _temp.Sub("out");

        var run = CliRunner.RunWithInput(GoodArticle, "analyze", "-", "--out", outDir);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Ferry service resumes after storm", (string?)Articles(outDir).Single()!["title"]);
    }
}
