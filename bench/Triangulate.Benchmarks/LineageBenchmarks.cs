using BenchmarkDotNet.Attributes;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Stories.Lineage;

namespace Triangulate.Benchmarks;

/// <summary>
/// Lineage over the first 5,000 newsdocs articles (Reuters-21578: real repeated and corrected wire stories), one
/// thread: fingerprinting (tokens, shingles, MinHash, passage fingerprints, figures, names, credits), the index
/// (candidates + alignment + decision) over those fingerprints, and the whole stage with dossier lineages.
/// Articles per second = 5,000 ÷ mean. Setup prints the memory the fingerprints and the index keep per article.
/// </summary>
[MemoryDiagnoser]
[NeedsSharedData("newsdocs")]
public class LineageBenchmarks
{
    private const int Articles = 5000;
    private readonly LineageOptions _options = new();
    private List<Article> _articles = [];
    private IReadOnlyList<Article> _ordered = [];
    private CreditDetector _credits = new();
    private ArticleFingerprint[] _fingerprints = [];

    [GlobalSetup]
    public void Setup()
    {
        _articles = SharedData.NewsDocs(Articles);
        _ordered = PublicationOrder.UndatedLast(_articles);
        _credits = new CreditDetector(_articles.Select(a => a.Metadata.Outlet ?? "").Where(o => o.Length > 0).Distinct());
        var start = GC.GetTotalMemory(forceFullCollection: true);
        _fingerprints = Fingerprints();
        var fingerprinted = GC.GetTotalMemory(forceFullCollection: true);
        var index = Index();
        var indexed = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(index);
        Console.WriteLine($"// {_articles.Count:N0} articles, {_articles.Sum(a => (long)a.Text.Length):N0} chars; kept per article: fingerprints {(fingerprinted - start) / _articles.Count:N0} bytes, index {(indexed - fingerprinted) / _articles.Count:N0} bytes; {index.AlignedPairs:N0} pairs aligned");
    }

    [Benchmark]
    public int Fingerprint() => Fingerprints().Length;

    [Benchmark]
    public int IndexFingerprints() => Index().Count;

    [Benchmark]
    public int Stage()
    {
        var context = new CorpusContext(_articles);
        new LineageStage(_options).Process(context, CancellationToken.None);
        return context.LineageOf.Count;
    }

    private ArticleFingerprint[] Fingerprints()
    {
        var result = new ArticleFingerprint[_ordered.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var a = _ordered[i];
            result[i] = ArticleFingerprint.Create(a.Id, a.Text, _credits.Detect(a), a.Metadata.Published, _options, a.Metadata.Title, a.Metadata.Outlet);
        }

        return result;
    }

    private LineageIndex Index()
    {
        var index = new LineageIndex(_options);
        foreach (var fingerprint in _fingerprints)
        {
            index.Add(fingerprint);
        }

        return index;
    }
}
