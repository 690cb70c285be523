using System.Collections.Concurrent;
using Triangulate.Core.Annotations;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;

namespace Triangulate.Stories.Lineage;

/// <summary>
/// Corpus stage: groups articles derived from one original report. Fills <see cref="CorpusContext.LineageOf"/>
/// for every article (a lone article is its own lineage) and stores the <see cref="DossierLineage"/> list,
/// ids "L1", "L2"… in order of first publication, under <see cref="CorpusKeys.Lineages"/>.
/// </summary>
public sealed class LineageStage(LineageOptions? options = null) : ICorpusStage
{
    private const int BatchSize = 512;
    private readonly LineageOptions _options = options ?? new LineageOptions();

    public LineageOptions Options => _options;

    public string Name => "lineage";
    public string Version => "1.0";
    public IReadOnlyList<string> Requires => [];
    public IReadOnlyList<string> Produces => [CorpusKeys.LineageOf.Name, CorpusKeys.Lineages.Name];

    public void Process(CorpusContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ordered = PublicationOrder.UndatedLast(context.Articles);
        var detector = new CreditDetector(CorpusOutletNames(ordered));
        var index = new LineageIndex(_options);
        foreach (var fingerprint in Fingerprints(ordered, detector, cancellationToken))
        {
            context.LineageOf[fingerprint.Id] = index.Add(fingerprint).LineageId;
        }

        context.Set(CorpusKeys.Lineages, new LineageSummarizer(_options).Summarize(index, ordered));
    }

    // Fingerprints in publication order, computed in batches on the other cores while the caller indexes the
    // previous batch: indexing is sequential, so overlapping it with fingerprinting is where a second core pays.
    private IEnumerable<ArticleFingerprint> Fingerprints(IReadOnlyList<Article> ordered, CreditDetector detector,
        CancellationToken cancellationToken)
    {
        var fingerprints = new ArticleFingerprint[ordered.Count];
        using var ready = new BlockingCollection<int>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var workers = new ParallelOptions
        {
            CancellationToken = stop.Token,
            MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount - 1),
        };

        // Not given the token: the delegate must run so that its finally completes the collection.
        var producer = Task.Run(() =>
        {
            try
            {
                for (var start = 0; start < ordered.Count; start += BatchSize)
                {
                    var end = Math.Min(ordered.Count, start + BatchSize);
                    Parallel.For(start, end, workers, i =>
                    {
                        var article = ordered[i];
                        fingerprints[i] = ArticleFingerprint.Create(article.Id, article.Text, detector.Detect(article),
                            article.Metadata.Published, _options, article.Metadata.Title, article.Metadata.Outlet, TokensOf(article));
                    });
                    ready.Add(end, stop.Token);
                }
            }
            finally
            {
                ready.CompleteAdding();
            }
        }, CancellationToken.None);

        var completed = false;
        try
        {
            var next = 0;
            foreach (var end in ready.GetConsumingEnumerable(cancellationToken))
            {
                for (; next < end; next++)
                {
                    yield return fingerprints[next];
                }
            }

            completed = true;
        }
        finally
        {
            if (!completed)
            {
                // The consumer stopped (its exception or cancellation is on its way up): stop the producer and
                // wait for it to finish without rethrowing its resulting cancellation.
                stop.Cancel();
                producer.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
            }
        }

        producer.GetAwaiter().GetResult(); // rethrows a failure of the producer
    }

    /// <summary>The article's tokens layer, so lineage reads the one tokenizer's words without tokenizing again; null without one.</summary>
    private static TextSpan[]? TokensOf(Article article) =>
        article.Annotations.Has(Layers.Tokens) ? AnnotationSpans.Of(article.Annotations.Get(Layers.Tokens)) : null;

    private static List<string> CorpusOutletNames(IReadOnlyList<Article> articles)
    {
        var names = new List<string>();
        foreach (var article in articles)
        {
            if (!string.IsNullOrWhiteSpace(article.Metadata.Outlet))
            {
                names.Add(article.Metadata.Outlet);
            }

            names.AddRange(CreditDetector.UnambiguousNames(article));
        }

        return names;
    }
}
