using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;

namespace Triangulate.Stories.Relays;

/// <summary>
/// Corpus stage: finds, for every article, the other outlets it relays (<see cref="CorpusKeys.Relays"/>, shown
/// as <c>articles[].relays</c>). The corpus's own outlets and credited sources join the built-in outlet list,
/// so "the Times" resolves to the New York Times when the corpus carries it.
/// </summary>
public sealed class RelayStage : ICorpusStage
{
    /// <summary>Article id → its relays with spans, for the claim stage (the dossier form drops nothing but the key).</summary>
    public static readonly CorpusKey<Dictionary<string, List<RelayMention>>> Mentions = new("relay-mentions");

    public string Name => "relays";
    public string Version => "1.0";
    public IReadOnlyList<string> Requires => [];
    public IReadOnlyList<string> Produces => [CorpusKeys.Relays.Name, Mentions.Name];

    public void Process(CorpusContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var names = new List<string?>();
        foreach (var article in context.Articles)
        {
            names.Add(article.Metadata.Outlet);
            names.AddRange(article.Metadata.CreditedSources);
        }

        var detector = new RelayDetector(new OutletDirectory(names));

        // Articles are independent once the outlets are known: detect on every core, collect in corpus order.
        var articles = context.Articles;
        var found = new List<RelayMention>[articles.Count];
        Parallel.For(0, articles.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => found[i] = detector.Detect(articles[i]));

        var mentions = new Dictionary<string, List<RelayMention>>(StringComparer.Ordinal);
        var relays = new Dictionary<string, List<DossierRelay>>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            var article = articles[i];
            mentions[article.Id] = found[i];
            relays[article.Id] = found[i].ConvertAll(m => new DossierRelay(m.Outlet, m.Kind, Evidence.Of(article, m.Span)));
        }

        context.Set(Mentions, mentions);
        context.Set(CorpusKeys.Relays, relays);
    }
}
