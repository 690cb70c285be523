using System.Globalization;
using System.Text.Json;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Stories.Clustering;
using Triangulate.TestKit;

namespace Triangulate.Stories.Tests.Clustering;

/// <summary>
/// The demo corpus's story gold (samples/demo-gold.json) on the files this test can read without the
/// ingest and extraction stages: the plain-text files and the JSON Lines items. HTML and RSS items are
/// covered by the end-to-end run (analyze samples/demo).
/// </summary>
public sealed class DemoStoryTests
{
    private static string Demo => Path.Combine(SharedData.RepoRoot, "samples", "demo");

    [Fact]
    public void Process_DemoTextAndJsonLines_MatchGoldStoriesExactly()
    {
        var articles = Directory.GetFiles(Demo, "*.txt").Where(f => !f.EndsWith("broken-upload.txt", StringComparison.Ordinal))
            .Select(PlainTextSample.Read).Concat(ReadJsonLines(Path.Combine(Demo, "metro-signal.jsonl"))).ToList();
        var context = new CorpusContext(articles);

        new StoryClusteringStage().Process(context, CancellationToken.None);

        var predicted = context.Stories!.Select(s => s.ArticleIds.Order(StringComparer.Ordinal).ToList()).ToList();
        var gold = GoldStories().Select(g => g.Refs.Where(r => articles.Any(a => a.Id == r)).Order(StringComparer.Ordinal).ToList()).Where(g => g.Count > 0).ToList();
        Assert.Equal(gold.Count, predicted.Count);
        foreach (var g in gold)
        {
            Assert.Contains(predicted, p => p.SequenceEqual(g));
        }

        var aquarium = Assert.Single(context.Stories!, s => s.ArticleIds.Contains("bayline-news-aquarium.txt"));
        Assert.Single(aquarium.ArticleIds);
        var bridge = context.Stories!.Single(s => s != aquarium);
        Assert.Equal(new DateTimeOffset(2025, 10, 18, 21, 5, 0, TimeSpan.Zero), bridge.First);
        Assert.Contains("ootbridge", bridge.Title, StringComparison.Ordinal);
    }

    private static List<(string Id, List<string> Refs)> GoldStories()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedData.RepoRoot, "samples", "demo-gold.json")));
        return [.. doc.RootElement.GetProperty("stories").EnumerateArray()
            .Select(s => (s.GetProperty("id").GetString()!, s.GetProperty("refs").EnumerateArray().Select(r => r.GetString()!).ToList()))];
    }

    private static IEnumerable<Article> ReadJsonLines(string path)
    {
        var n = 0;
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            var text = r.TryGetProperty("text", out var t) ? t.GetString()! : StripTags(r.GetProperty("html").GetString()!);
            var id = Path.GetFileName(path) + "#" + n++.ToString(CultureInfo.InvariantCulture);
            yield return new Article(id, new ArticleSource(id), new ArticleMetadata
            {
                Title = r.GetProperty("title").GetString(),
                Published = DateTimeOffset.Parse(r.GetProperty("published").GetString()!, CultureInfo.InvariantCulture),
            }, text);
        }
    }

    private static string StripTags(string html) => System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", " ", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
}
