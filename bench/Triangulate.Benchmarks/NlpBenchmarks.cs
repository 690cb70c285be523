using BenchmarkDotNet.Attributes;
using Triangulate.Core.Model;
using Triangulate.Core.Text;
using Triangulate.Nlp.Dates;
using Triangulate.Nlp.Entities;
using Triangulate.Nlp.Quantities;
using Triangulate.Nlp.Quotes;
using Triangulate.Nlp.Sentences;

namespace Triangulate.Benchmarks;

/// <summary>
/// The per-article NLP kernels over the demo's text articles (per call: all of them). Words per second for
/// tokenize + tag is the figure: divide the word count printed in setup by the mean time.
/// </summary>
[MemoryDiagnoser]
public class NlpBenchmarks
{
    private readonly QuoteDetector _quotes = new();
    private readonly TemporalTagger _dates = new();
    private readonly QuantityExtractor _quantities = new();
    private IReadOnlyList<string> _texts = [];
    private List<(string Text, IReadOnlyList<TextSpan> Tokens, IReadOnlyList<TextSpan> Sentences)> _prepared = [];

    [GlobalSetup]
    public void Setup()
    {
        _texts = BenchData.DemoTexts();
        _prepared = _texts.Select(t => (t, Tokenizer.Default.Tokenize(t), SentenceSplitter.Default.Split(t, Tokenizer.Default.Tokenize(t)))).ToList();
        Console.WriteLine($"// {_prepared.Sum(p => p.Tokens.Count):N0} tokens in {_texts.Count} articles");
    }

    [Benchmark]
    public int Tokenize()
    {
        var total = 0;
        foreach (var text in _texts)
        {
            total += Tokenizer.Default.Tokenize(text).Count;
        }

        return total;
    }

    [Benchmark]
    public int TokenizeSplitAndTag()
    {
        var total = 0;
        foreach (var text in _texts)
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
        foreach (var text in _texts)
        {
            total += _quotes.Detect(text).Count;
        }

        return total;
    }

    [Benchmark]
    public int DatesAndQuantities()
    {
        var total = 0;
        var reference = new DateOnly(2025, 10, 20);
        foreach (var text in _texts)
        {
            var dates = _dates.Tag(text, reference);
            total += dates.Count + _quantities.Extract(text, dates).Count;
        }

        return total;
    }
}
