using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Stories.Lineage;

namespace Triangulate.Benchmarks;

/// <summary>
/// Lineage (candidates + alignment) over the first 5,000 Reuters-21578 articles of ../shared/data/newsdocs
/// when present (it holds real repeated and corrected wire stories), else over the demo texts.
/// </summary>
[MemoryDiagnoser]
public class LineageBenchmarks
{
    private List<Article> _articles = [];

    [GlobalSetup]
    public void Setup()
    {
        var file = Path.GetFullPath(Path.Combine(BenchData.RepoRoot, "..", "shared", "data", "newsdocs", "reuters21578-001.jsonl"));
        _articles = File.Exists(file)
            ? File.ReadLines(file).Take(5000).Select((line, i) => ToArticle(line, i)).ToList()
            : BenchData.DemoTexts().Select((t, i) => new Article($"a-{i}", new ArticleSource($"{i}.txt"), new ArticleMetadata(), t)).ToList();
        Console.WriteLine($"// {_articles.Count:N0} articles");
    }

    [Benchmark]
    public int Lineage()
    {
        var context = new CorpusContext(_articles);
        new LineageStage().Process(context, CancellationToken.None);
        return context.LineageOf.Count;
    }

    private static Article ToArticle(string line, int i)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        var published = root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(p.GetString() + "Z", out var d) ? d : (DateTimeOffset?)null;
        return new Article($"a-{i}", new ArticleSource($"reuters:{i}"), new ArticleMetadata { Outlet = "Reuters", Published = published, Title = root.GetProperty("title").GetString() }, root.GetProperty("text").GetString() ?? "");
    }
}
