using BenchmarkDotNet.Attributes;
using Triangulate.Core.Ingest;
using Triangulate.Extraction.Cleaning;
using Triangulate.Extraction.PlainText;

namespace Triangulate.Benchmarks;

/// <summary>Boilerplate cleaning and plain-text extraction over the demo's text articles (per call: all of them).</summary>
[MemoryDiagnoser]
public class CleaningBenchmarks
{
    private readonly BoilerplateCleaner _cleaner = new();
    private readonly PlainTextExtractor _extractor = new();
    private IReadOnlyList<string> _texts = [];

    [GlobalSetup]
    public void Setup() => _texts = BenchData.DemoTexts();

    [Benchmark]
    public int Clean()
    {
        var total = 0;
        foreach (var text in _texts)
        {
            total += _cleaner.Clean(text).Text.Length;
        }

        return total;
    }

    [Benchmark]
    public int ExtractPlainText()
    {
        var total = 0;
        foreach (var text in _texts)
        {
            total += _extractor.Extract(text, DocumentHints.None).Text.Length;
        }

        return total;
    }
}
