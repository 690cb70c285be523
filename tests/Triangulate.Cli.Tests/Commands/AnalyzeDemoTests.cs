using System.Text.Json.Nodes;
using Triangulate.TestKit;

namespace Triangulate.Cli.Tests.Commands;

/// <summary>The README's main command on the bundled demo corpus, checked against samples/demo-gold.json.</summary>
public sealed class AnalyzeDemoTests : IClassFixture<AnalyzeDemoTests.DemoRun>
{
    private readonly DemoRun _run;

    public AnalyzeDemoTests(DemoRun run) => _run = run;

    /// <summary>One analyze run of the demo shared by the tests in this class.</summary>
    public sealed class DemoRun : IDisposable
    {
        private readonly TempFolder _temp = new();

        public DemoRun()
        {
            var outDir = _temp.Sub("out");
            Result = CliRunner.Run("analyze", Path.Combine(SharedData.RepoRoot, "samples", "demo"), "--out", outDir);
            Dossier = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "dossier.json")))!;
            Gold = JsonNode.Parse(File.ReadAllText(Path.Combine(SharedData.RepoRoot, "samples", "demo-gold.json")))!;
        }

        public CliRunner.Result Result { get; }
        public JsonNode Dossier { get; }
        public JsonNode Gold { get; }

        public void Dispose() => _temp.Dispose();
    }

    private JsonArray Articles => _run.Dossier["articles"]!.AsArray();

    private IEnumerable<JsonNode> GoldArticles => _run.Gold["articles"]!.AsArray().Select(a => a!);

    private JsonNode ArticleFor(JsonNode gold) =>
        Articles.SingleOrDefault(a => (string?)a!["title"] == (string?)gold["title"] && (string?)a!["outlet"] == (string?)gold["outlet"])
        ?? throw new Xunit.Sdk.XunitException($"no article for gold {(string?)gold["ref"]} ({(string?)gold["title"]})");

    [Fact]
    public void Analyze_Demo_DossierValidAndEveryGoldArticlePresent()
    {
        SchemaAssert.Valid(_run.Dossier);
        Assert.True(_run.Result.ExitCode is 0 or 1, _run.Result.All);
        Assert.Equal(GoldArticles.Count(), Articles.Count);
        foreach (var gold in GoldArticles.Where(g => g["title"] is not null))
        {
            ArticleFor(gold);
        }
    }

    [Fact]
    public void Analyze_Demo_BoilerplateGoneAndStoryTextKept()
    {
        var problems = new List<string>();
        foreach (var gold in GoldArticles.Where(g => g["title"] is not null))
        {
            var text = (string)ArticleFor(gold)["text"]!;
            foreach (var removed in gold["removed"]?.AsArray() ?? [])
            {
                var snippet = (string)removed!["text"]!;
                if (text.Contains(snippet, StringComparison.Ordinal))
                {
                    problems.Add($"{gold["ref"]}: boilerplate left in text ({removed["kind"]}): {snippet}");
                }
            }

            foreach (var kept in gold["kept"]?.AsArray() ?? [])
            {
                if (!text.Contains((string)kept!, StringComparison.Ordinal))
                {
                    problems.Add($"{gold["ref"]}: story text lost: {kept}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>Every demo article, titled or not, carries the outlet its gold names (from a header block, JSON-LD,
    /// og:site_name, a feed, a JSON Lines field or a copyright line), and the one article no source names has none.</summary>
    [Fact]
    public void Analyze_Demo_EveryOutletNamedWhereAnySourceNamesIt()
    {
        var problems = new List<string>();
        foreach (var gold in GoldArticles)
        {
            var file = ((string)gold["ref"]!).Split('#')[0];
            var fromFile = Articles.Where(a => Path.GetFileName(((string)a!["input"]!).Split(':', '#')[0]) == file).ToList();
            var article = gold["title"] is null ? Assert.Single(fromFile) : fromFile.Single(a => (string?)a!["title"] == (string?)gold["title"]);
            if ((string?)article!["outlet"] != (string?)gold["outlet"])
            {
                problems.Add($"{gold["ref"]}: outlet {article["outlet"] ?? "(none)"} != {gold["outlet"] ?? "(none)"}");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.Equal(GoldArticles.Count(g => g["outlet"] is not null), Articles.Count(a => a!["outlet"] is not null));
    }

    /// <summary>Every article says its language: the demo is English throughout, whatever its pages declare ("en-GB") or omit.</summary>
    [Fact]
    public void Analyze_Demo_EveryArticleIdentifiedAsEnglish()
    {
        Assert.All(Articles, a => Assert.Equal("en", (string?)a!["language"]));
    }

    [Fact]
    public void Analyze_Demo_MetadataMatchesGold()
    {
        var problems = new List<string>();
        foreach (var gold in GoldArticles.Where(g => g["title"] is not null))
        {
            var article = ArticleFor(gold);
            if (gold["published"] is { } published && DateTimeOffset.Parse((string)published!) != DateTimeOffset.Parse((string?)article["published"] ?? "0001-01-01"))
            {
                problems.Add($"{gold["ref"]}: published {article["published"]} != {published}");
            }

            if (gold["byline"] is { } byline && !((string?)article["byline"] ?? "").Contains((string)byline!, StringComparison.Ordinal))
            {
                problems.Add($"{gold["ref"]}: byline {article["byline"]} != {byline}");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Analyze_Demo_BrokenFileReportedWithGoldCode()
    {
        foreach (var expected in _run.Gold["diagnostics"]!.AsArray())
        {
            Assert.Contains(_run.Dossier["diagnostics"]!.AsArray(), d =>
                ((string)d!["input"]!).Contains((string)expected!["ref"]!, StringComparison.Ordinal) && (string?)d["code"] == (string?)expected["code"]);
        }
    }

    /// <summary>Gold refs count feed items and JSON Lines records from 0 ("feed.xml#0"); inputs number feed items
    /// from 1 ("feed.xml#1") and JSON Lines by line number ("batch.jsonl:1").</summary>
    internal static bool IsRef(string input, string reference)
    {
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        if (hash < 0)
        {
            return input.EndsWith("/" + reference, StringComparison.Ordinal);
        }

        var file = reference[..hash];
        var index = int.Parse(reference[(hash + 1)..], System.Globalization.CultureInfo.InvariantCulture) + 1;
        return input.EndsWith($"/{file}#{index}", StringComparison.Ordinal) || input.EndsWith($"/{file}:{index}", StringComparison.Ordinal);
    }

    private string IdOf(string reference) =>
        (string)Articles.Single(a => IsRef((string)a!["input"]!, reference))!["id"]!;

    private static HashSet<string> Set(IEnumerable<string> ids) => new(ids, StringComparer.Ordinal);

    [Fact]
    public void Analyze_Demo_StoriesMatchGoldExactly()
    {
        var stories = _run.Dossier["stories"]!.AsArray();
        var expected = _run.Gold["stories"]!.AsArray();

        Assert.Equal(expected.Count, stories.Count);
        foreach (var story in expected)
        {
            var ids = Set(story!["refs"]!.AsArray().Select(r => IdOf((string)r!)));
            Assert.Contains(stories, s => Set(s!["articleIds"]!.AsArray().Select(a => (string)a!)).SetEquals(ids));
        }
    }

    [Fact]
    public void Analyze_Demo_LineagesAndIndependentSourcesMatchGold()
    {
        var lineages = _run.Dossier["stories"]!.AsArray().SelectMany(s => s!["lineages"]!.AsArray()).ToList();
        var gold = _run.Gold["lineages"]!;
        foreach (var group in gold["groups"]!.AsArray())
        {
            var ids = Set(group!["refs"]!.AsArray().Select(r => IdOf((string)r!)));
            var lineage = lineages.SingleOrDefault(l => Set(l!["articleIds"]!.AsArray().Select(a => (string)a!)).SetEquals(ids));
            Assert.True(lineage is not null, $"no lineage equal to gold {group["id"]}");
            Assert.Equal((string?)group["origin"]!["name"], (string?)lineage!["origin"]!["name"]);
        }

        foreach (var reference in gold["independent"]!.AsArray())
        {
            var id = IdOf((string)reference!);
            Assert.Contains(lineages, l => l!["articleIds"]!.AsArray().Count == 1 && (string?)l["articleIds"]![0] == id);
        }

        var bridge = _run.Dossier["stories"]!.AsArray().OrderByDescending(s => s!["articleIds"]!.AsArray().Count).First()!;
        Assert.Equal((int)gold["expectedIndependentSources"]!["bridge"]!, (int)bridge["independentSources"]!);
    }
}
