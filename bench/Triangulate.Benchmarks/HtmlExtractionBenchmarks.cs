using BenchmarkDotNet.Attributes;
using Triangulate.Extraction.Html;

namespace Triangulate.Benchmarks;

/// <summary>HTML parse + main-text extraction over the demo pages (per call: all of them).</summary>
[MemoryDiagnoser]
public class HtmlExtractionBenchmarks
{
    private readonly HtmlExtractor _extractor = new();
    private IReadOnlyList<string> _pages = [];

    [GlobalSetup]
    public void Setup() => _pages = BenchData.DemoHtml();

    [Benchmark]
    public int Extract()
    {
        var total = 0;
        foreach (var page in _pages)
        {
            total += _extractor.Extract(page, null, CancellationToken.None).Text.Length;
        }

        return total;
    }
}
