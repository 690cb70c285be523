using System.Globalization;
using System.Text.Json.Nodes;
using Triangulate.Core.Dossier;
using Triangulate.Reports.Export;
using Triangulate.Reports.Json;
using Triangulate.TestKit;

namespace Triangulate.Cli.Tests.Commands;

/// <summary><c>export</c> end to end on the demo: CSV read back by a strict RFC 4180 parser, Markdown citations resolved.</summary>
public sealed class ExportCommandTests : IClassFixture<ExportCommandTests.DemoOut>
{
    private readonly DemoOut _demo;

    public ExportCommandTests(DemoOut demo) => _demo = demo;

    /// <summary>The demo analysed once: its dossier.json and its store.</summary>
    public sealed class DemoOut : IDisposable
    {
        public DemoOut()
        {
            Folder = _temp.Sub("out");
            var run = CliRunner.Run("analyze", Path.Combine(SharedData.RepoRoot, "samples", "demo"), "--out", Folder, "--quiet");
            Assert.True(run.ExitCode <= 1, run.All);
            Dossier = DossierJsonWriter.FromJson(File.ReadAllText(DossierPath));
        }

        private readonly TempFolder _temp = new();

        public string Folder { get; }

        public string DossierPath => Path.Combine(Folder, "dossier.json");

        public string Db => Path.Combine(Folder, "triangulate.db");

        public DossierDocument Dossier { get; }

        public string Sub(string name) => _temp.Sub(name);

        public void Dispose() => _temp.Dispose();
    }

    private Dictionary<string, string> Texts => _demo.Dossier.Articles.ToDictionary(a => a.Id, a => a.Text);

    private static List<string[]> ReadCsv(string path, out Dictionary<string, int> column)
    {
        var records = Csv.Parse(File.ReadAllText(path));
        column = records[0].Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i);
        return records.Skip(1).ToList();
    }

    [Fact]
    public void Export_AllTablesAsCsv_ParseBackToTheDossier()
    {
        var dir = _demo.Sub("csv");
        var run = CliRunner.Run("export", "--dossier", _demo.DossierPath, "--table", "all", "--format", "csv", "--out", dir);
        Assert.Equal(0, run.ExitCode);

        var articles = ReadCsv(Path.Combine(dir, "articles.csv"), out var a);
        Assert.Equal(_demo.Dossier.Articles.Select(x => (x.Id, x.Outlet ?? "", x.Text)), articles.Select(r => (r[a["id"]], r[a["outlet"]], r[a["text"]])));

        var stories = _demo.Dossier.Stories!;
        var claims = ReadCsv(Path.Combine(dir, "claims.csv"), out var c);
        Assert.Equal(stories.SelectMany(s => (s.Claims ?? []).Select(x => (s.Id, x.Id, x.Status, x.Text))),
            claims.Select(r => (r[c["storyId"]], r[c["claimId"]], r[c["status"]], r[c["text"]])));
        Assert.Equal(stories.Sum(s => (s.Quotes ?? []).Sum(q => q.Occurrences.Count)), ReadCsv(Path.Combine(dir, "quotes.csv"), out _).Count);
        Assert.Equal(stories.Sum(s => (s.Conflicts ?? []).Sum(x => x.Sides.Count)), ReadCsv(Path.Combine(dir, "conflicts.csv"), out _).Count);
        Assert.Equal(stories.Sum(s => (s.Timeline ?? []).Count), ReadCsv(Path.Combine(dir, "timeline.csv"), out _).Count);
        Assert.Equal(stories.Select(s => s.Id), ReadCsv(Path.Combine(dir, "stories.csv"), out _).Select(r => r[0]));

        // Each evidence cell points at characters whose text is the claim's evidence.
        var texts = Texts;
        var evidence = claims.SelectMany(r => r[c["evidence"]].Split(ExportTable.ListSeparator)).Select(e => e.Split(':', '+'))
            .Select(p => texts[p[0]].Substring(int.Parse(p[1], CultureInfo.InvariantCulture), int.Parse(p[2], CultureInfo.InvariantCulture)));
        Assert.Equal(stories.SelectMany(s => (s.Claims ?? []).SelectMany(x => x.Evidence.Select(e => e.Text))), evidence);
    }

    [Fact]
    public void Export_Markdown_EveryClaimCitationResolvesToItsArticleSpan()
    {
        var run = CliRunner.Run("export", "--dossier", _demo.DossierPath, "--format", "md");
        Assert.Equal(0, run.ExitCode);

        var resolved = MarkdownCitationCheck.Resolve(run.Stdout, Texts);

        var cited = _demo.Dossier.Stories!.SelectMany(s => (s.Claims ?? []).SelectMany(x => x.Evidence)).Select(e => (e.ArticleId, e.Start, e.Length)).ToHashSet();
        Assert.Subset(resolved.Values.ToHashSet(), cited);
        Assert.Contains($"](#story-{_demo.Dossier.Stories![0].Id})", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_MarkdownOneStory_OnlyItsArticles()
    {
        var story = _demo.Dossier.Stories!.OrderByDescending(s => s.ArticleIds.Count).First();
        var run = CliRunner.Run("export", "--dossier", _demo.DossierPath, "--format", "md", "--story", story.Id);
        Assert.Equal(0, run.ExitCode);

        Assert.StartsWith("# " + Md.Escape(story.Title), run.Stdout, StringComparison.Ordinal);
        var resolved = MarkdownCitationCheck.Resolve(run.Stdout, Texts);
        Assert.All(resolved.Values, r => Assert.Contains(r.ArticleId, story.ArticleIds));
        var other = _demo.Dossier.Articles.Select(x => x.Id).Except(story.ArticleIds).ToList();
        Assert.NotEmpty(other);
        Assert.All(other, id => Assert.DoesNotContain(Md.Anchor("article", id), run.Stdout, StringComparison.Ordinal));
    }

    [Fact]
    public void Export_StoriesFromTheStore_SameStoriesAsAnalyze()
    {
        var run = CliRunner.Run("export", "--db", _demo.Db, "--table", "stories", "--format", "jsonl");
        Assert.Equal(0, run.ExitCode);

        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(_demo.Dossier.Stories!.Select(s => (s.Id, string.Join(' ', s.ArticleIds.Order(StringComparer.Ordinal)))),
            lines.Select(l => ((string)l["storyId"]!, string.Join(' ', l["articleIds"]!.AsArray().Select(x => (string)x!).Order(StringComparer.Ordinal)))));
    }

    [Fact]
    public void Export_PerArticleFromTheStore_OneJsonFilePerArticleWithItsText()
    {
        var dir = _demo.Sub("per-article-json");
        var run = CliRunner.Run("export", "--db", _demo.Db, "--per-article", dir, "--format", "json");
        Assert.Equal(0, run.ExitCode);

        var files = Directory.GetFiles(dir).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(_demo.Dossier.Articles.Select(a => a.Id + ".json").Order(StringComparer.Ordinal), files.Select(Path.GetFileName));
        var texts = Texts;
        Assert.All(files, f =>
        {
            var article = JsonNode.Parse(File.ReadAllText(f))!;
            Assert.Equal(texts[(string)article["id"]!], (string?)article["text"]);
        });
    }

    [Fact]
    public void Export_PerArticleMarkdownOneStory_OnlyThatStorysArticles()
    {
        var story = _demo.Dossier.Stories!.OrderBy(s => s.ArticleIds.Count).First();
        var dir = _demo.Sub("per-article-md");
        var run = CliRunner.Run("export", "--dossier", _demo.DossierPath, "--story", story.Id, "--per-article", dir, "--format", "md");
        Assert.Equal(0, run.ExitCode);

        Assert.Equal(story.ArticleIds.Select(id => id + ".md").Order(StringComparer.Ordinal), Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var article = _demo.Dossier.Articles.Single(a => a.Id == story.ArticleIds[0]);
        Assert.StartsWith("# " + Md.Escape(article.Title), File.ReadAllText(Path.Combine(dir, article.Id + ".md")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--per-article", "x", "--format", "csv")]
    [InlineData("--per-article", "x", "--table", "claims")]
    [InlineData("--format", "json", "--table", "claims")]
    [InlineData("--table", "all", "--format", "csv")]
    [InlineData("--story", "no-such-story")]
    public void Export_UnusableRequest_Exit2WithTri5002(params string[] args)
    {
        var run = CliRunner.Run(["export", "--dossier", _demo.DossierPath, .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("TRI5002", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void Export_DossierNotADossier_Exit2WithTri5002()
    {
        var bad = _demo.Sub("bad.json");
        File.WriteAllText(bad, "[1, 2]");

        var run = CliRunner.Run("export", "--dossier", bad, "--table", "claims", "--format", "csv");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("TRI5002", run.Stderr, StringComparison.Ordinal);
    }
}
