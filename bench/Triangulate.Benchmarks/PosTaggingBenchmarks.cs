using BenchmarkDotNet.Attributes;
using Triangulate.Core.Annotations;
using Triangulate.Core.Text;
using Triangulate.Nlp.PartsOfSpeech;
using Triangulate.Nlp.Sentences;

namespace Triangulate.Benchmarks;

/// <summary>
/// Part-of-speech tagging of the sentences of the first 1,000 newsdocs articles, one thread: the averaged-perceptron
/// model's feature lookups (<c>FeatureTable</c>, one cache line a lookup) and score sums. Articles per second =
/// 1,000 ÷ mean; setup prints the word count for words per second.
/// </summary>
[MemoryDiagnoser]
[NeedsSharedData("newsdocs")]
public class PosTaggingBenchmarks
{
    private const int Articles = 1000;
    private List<string[]> _sentences = [];

    [GlobalSetup]
    public void Setup()
    {
        foreach (var article in SharedData.NewsDocs(Articles))
        {
            var tokens = Tokenizer.Default.Tokenize(article.Text);
            foreach (var sentence in SentenceSplitter.Default.Split(article.Text, tokens))
            {
                _sentences.Add([.. tokens.Where(t => t.Start >= sentence.Start && t.End <= sentence.End).Select(t => article.Text.Substring(t.Start, t.Length))]);
            }
        }

        Console.WriteLine($"// {Articles:N0} articles, {_sentences.Count:N0} sentences, {_sentences.Sum(s => s.Length):N0} words");
    }

    [Benchmark]
    public int Tag()
    {
        var total = 0;
        foreach (var words in _sentences)
        {
            total += PosTagger.Default.Tag(words).Length;
        }

        return total;
    }
}
