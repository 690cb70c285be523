using Triangulate.Core.Annotations;

namespace Triangulate.Core.Pipeline;

/// <summary>
/// An ordered, validated set of stages: an extractor, per-article stages, then corpus stages.
/// Build it with <see cref="Create"/>, which fails with the name of the missing producer when a stage's
/// requirement is not met by an earlier stage.
/// </summary>
public sealed class Pipeline
{
    private Pipeline(IDocumentExtractor extractor, IReadOnlyList<IArticleStage> articleStages, IReadOnlyList<ICorpusStage> corpusStages, PipelineOptions options)
    {
        Extractor = extractor;
        ArticleStages = articleStages;
        CorpusStages = corpusStages;
        Options = options;
    }

    public IDocumentExtractor Extractor { get; }
    public IReadOnlyList<IArticleStage> ArticleStages { get; }
    public IReadOnlyList<ICorpusStage> CorpusStages { get; }
    public PipelineOptions Options { get; }

    /// <summary>Names of every layer or result the pipeline produces (including the text).</summary>
    public IReadOnlySet<string> Produced =>
        new HashSet<string>(ArticleStages.SelectMany(s => s.Produces).Concat(CorpusStages.SelectMany(s => s.Produces)).Append(Layers.Text), StringComparer.Ordinal);

    /// <exception cref="PipelineConfigurationException">A requirement is not produced by an earlier stage.</exception>
    public static Pipeline Create(IDocumentExtractor extractor, IEnumerable<IArticleStage> articleStages, IEnumerable<ICorpusStage> corpusStages, PipelineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        var perArticle = articleStages.ToList();
        var corpus = corpusStages.ToList();
        var available = new HashSet<string>(StringComparer.Ordinal) { Layers.Text };
        foreach (var stage in perArticle.Cast<IStage>().Concat(corpus))
        {
            var missing = stage.Requires.Where(r => !available.Contains(r)).ToList();
            if (missing.Count > 0)
            {
                throw new PipelineConfigurationException(
                    $"Stage '{stage.Name}' requires {string.Join(", ", missing.Select(m => $"'{m}'"))}, which no earlier stage produces. Add the stage that produces it before '{stage.Name}'.");
            }

            available.UnionWith(stage.Produces);
        }

        return new Pipeline(extractor, perArticle, corpus, options ?? new PipelineOptions());
    }
}
