using BenchmarkDotNet.Attributes;
using Triangulate.Core.Ingest;
using Triangulate.Extraction.Html;
using Triangulate.Extraction.PlainText;

namespace Triangulate.Benchmarks;

/// <summary>
/// Extraction over the shared evaluation sets, one thread, read into memory first: HTML parse + main-text
/// extraction of the 802 ScrapingHub AEB + L3S-GN1 pages (58 MB; pages per second = 802 ÷ mean), and plain-text
/// extraction with boilerplate cleaning of the 181 AEB gold bodies and the seed texts (setup prints the count).
/// bench/peers/compare.sh runs the HTML one beside Mozilla Readability and readability-lxml.
/// </summary>
[MemoryDiagnoser]
[NeedsSharedData("extraction/gold.jsonl", "extraction/l3s-gn1/gold.jsonl", "seeds")]
public class ExtractionCorpusBenchmarks
{
    private readonly HtmlExtractor _html = new();
    private readonly PlainTextExtractor _plain = new();
    private List<(string Html, string? Url)> _pages = [];
    private List<string> _texts = [];

    [GlobalSetup]
    public void Setup()
    {
        _pages = SharedData.ExtractionPages();
        _texts = SharedData.GoldBodiesAndSeeds();
        Console.WriteLine($"// {_pages.Count:N0} HTML pages, {_pages.Sum(p => (long)p.Html.Length):N0} chars; {_texts.Count:N0} plain texts, {_texts.Sum(t => (long)t.Length):N0} chars");
    }

    [Benchmark]
    public int ExtractHtmlPages()
    {
        var total = 0;
        foreach (var (html, url) in _pages)
        {
            total += _html.Extract(html, url, CancellationToken.None).Text.Length;
        }

        return total;
    }

    [Benchmark]
    public int ExtractPlainTexts()
    {
        var total = 0;
        foreach (var text in _texts)
        {
            total += _plain.Extract(text, DocumentHints.None).Text.Length;
        }

        return total;
    }
}
