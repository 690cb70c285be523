using BenchmarkDotNet.Attributes;
using Triangulate.Nlp.Sentences;
using Triangulate.Nlp.Tokens;
using Triangulate.Stories.Claims;

namespace Triangulate.Benchmarks;

/// <summary>
/// Claim alignment over the statements of 400 newsdocs articles taken as one story (each article its own lineage),
/// one thread: the stem postings, the candidate pairs' similarity (stems, bigrams and names counted on interned ids)
/// and the proposition checks. Setup extracts the candidates once and prints how many.
/// </summary>
[MemoryDiagnoser]
[NeedsSharedData("newsdocs")]
public class ClaimAlignmentBenchmarks
{
    private const int Articles = 400;
    private readonly ClaimAligner _aligner = new();
    private List<ClaimCandidate> _claims = [];

    [GlobalSetup]
    public void Setup()
    {
        var extractor = new ClaimExtractor();
        foreach (var article in SharedData.NewsDocs(Articles))
        {
            new TokenizerStage().Process(article, CancellationToken.None);
            new SentenceStage().Process(article, CancellationToken.None);
            _claims.AddRange(extractor.Extract(article, article.Id));
        }

        Console.WriteLine($"// {Articles:N0} articles, {_claims.Count:N0} claims, {_aligner.Align(_claims).Count:N0} groups");
    }

    [Benchmark]
    public int Align() => _aligner.Align(_claims).Count;
}
