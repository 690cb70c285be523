using BenchmarkDotNet.Attributes;
using Triangulate.Core.Text;
using Triangulate.Nlp.Dates;
using Triangulate.Nlp.Entities;
using Triangulate.Nlp.Quantities;
using Triangulate.Nlp.Quotes;
using Triangulate.Nlp.Sentences;

namespace Triangulate.Benchmarks;

/// <summary>
/// The per-article NLP kernels of <see cref="NlpBenchmarks"/> on real wire copy: the first 1,000 newsdocs articles
/// (Reuters-21578), one thread, each dated by its own publication day. Articles per second = 1,000 ÷ mean; setup
/// prints the token count for tokens per second.
/// </summary>
[MemoryDiagnoser]
[NeedsSharedData("newsdocs")]
public class NewsDocsNlpBenchmarks
{
    private const int Articles = 1000;
    private readonly QuoteDetector _quotes = new();
    private readonly TemporalTagger _dates = new();
    private readonly QuantityExtractor _quantities = new();
    private List<(string Text, DateOnly? Published)> _docs = [];

    [GlobalSetup]
    public void Setup()
    {
        _docs = [.. SharedData.NewsDocs(Articles).Select(a => (a.Text, a.Metadata.Published is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : (DateOnly?)null))];
        Console.WriteLine($"// {_docs.Count:N0} articles, {_docs.Sum(d => Tokenizer.Default.Tokenize(d.Text).Count):N0} tokens");
    }

    [Benchmark]
    public int TokenizeSplitAndTag()
    {
        var total = 0;
        foreach (var (text, _) in _docs)
        {
            var tokens = Tokenizer.Default.Tokenize(text);
            total += NerTagger.Default.Tag(text, tokens, SentenceSplitter.Default.Split(text, tokens)).Count;
        }

        return total;
    }

    [Benchmark]
    public int DetectQuotes()
    {
        var total = 0;
        foreach (var (text, _) in _docs)
        {
            total += _quotes.Detect(text).Count;
        }

        return total;
    }

    [Benchmark]
    public int DatesAndQuantities()
    {
        var total = 0;
        foreach (var (text, published) in _docs)
        {
            var dates = _dates.Tag(text, published);
            total += dates.Count + _quantities.Extract(text, dates).Count;
        }

        return total;
    }
}
