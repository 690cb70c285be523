using Triangulate.Core.Annotations;
using Triangulate.Core.Model;

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
        IdentifiesLanguage = articleStages.Any(s => s.Produces.Contains(Layers.Language));
    }

    public IDocumentExtractor Extractor { get; }
    public IReadOnlyList<IArticleStage> ArticleStages { get; }
    public IReadOnlyList<ICorpusStage> CorpusStages { get; }
    public PipelineOptions Options { get; }

    /// <summary>True when a per-article stage identifies each article's language (produces <see cref="Layers.Language"/>).</summary>
    public bool IdentifiesLanguage { get; }

    /// <summary>
    /// True when <paramref name="stage"/> must not run on <paramref name="article"/>: the stage reads only some
    /// languages (<see cref="ILanguageScoped"/>), this pipeline identifies languages, and the article was identified
    /// as another one. Unidentified ("und") or unlabelled articles are never skipped.
    /// </summary>
    public bool Skips(IArticleStage stage, Article article)
    {
        ArgumentNullException.ThrowIfNull(stage);
        ArgumentNullException.ThrowIfNull(article);
        if (!IdentifiesLanguage || stage is not ILanguageScoped scoped || article.Metadata.Language is not { Length: 2 } language)
        {
            return false;
        }

        foreach (var supported in scoped.Languages)
        {
            if (string.Equals(supported, language, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

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
