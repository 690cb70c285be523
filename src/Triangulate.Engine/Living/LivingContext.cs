using Triangulate.Core.Living;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Stories.Clustering;
using Triangulate.Stories.Lineage;

namespace Triangulate.Engine.Living;

/// <summary>
/// What every part of the engine shares: the pipeline and the pieces of it the engine runs itself (lineage
/// and clustering settings, the section stages in pipeline order), the annotation codec and versions, the
/// bounds, and the clock.
/// </summary>
internal sealed class LivingContext
{
    /// <summary>Corpus results the engine assigns itself, incrementally; stages producing them are not run as sections.</summary>
    private static readonly HashSet<string> AssignmentKeys = new(StringComparer.Ordinal)
    {
        CorpusKeys.LineageOf.Name, CorpusKeys.Lineages.Name, CorpusKeys.Stories.Name, StoryClusteringStage.Decisions.Name, StoryClusteringStage.ClustererResult.Name,
    };

    public LivingContext(Pipeline pipeline, LivingOptions options, TimeProvider clock)
    {
        Pipeline = pipeline;
        Options = options;
        Clock = clock;
        Runner = new PipelineRunner(pipeline);
        Annotator = new ArticleAnnotator(pipeline);
        HasStories = pipeline.CorpusStages.Any(s => s.Produces.Contains(CorpusKeys.Stories.Name));
        SectionStages = [.. pipeline.CorpusStages.Where(s => !s.Produces.Any(AssignmentKeys.Contains))];
        LineageOptions = pipeline.CorpusStages.OfType<LineageStage>().FirstOrDefault()?.Options ?? new LineageOptions();
        var clustering = options.Clustering ?? pipeline.CorpusStages.OfType<StoryClusteringStage>().FirstOrDefault()?.Options ?? new StoryClustererOptions();
        // Retired stories leave memory after each commit (the engine forgets them); the store keeps them.
        ClustererOptions = clustering with { MaxLiveStories = options.MaxLiveStories, MaxRetiredStories = int.MaxValue };
        Codec = AnnotationCodec.For([pipeline.Extractor, .. pipeline.ArticleStages, .. pipeline.CorpusStages]);
        Versions = new PipelineVersions(pipeline, SectionStages);
    }

    public Pipeline Pipeline { get; }
    public LivingOptions Options { get; }
    public TimeProvider Clock { get; }
    public PipelineRunner Runner { get; }
    public ArticleAnnotator Annotator { get; }

    /// <summary>False when the pipeline has no story stage: the engine then stores articles and annotations only.</summary>
    public bool HasStories { get; }

    /// <summary>The pipeline's corpus stages that fill a story's sections, in pipeline order.</summary>
    public IReadOnlyList<ICorpusStage> SectionStages { get; }

    public LineageOptions LineageOptions { get; }
    public StoryClustererOptions ClustererOptions { get; }
    public AnnotationCodec Codec { get; }
    public PipelineVersions Versions { get; }

    public LineageIndex NewLineageIndex() => new(LineageOptions, fp => StoryIds.ForLineage(fp.Id));

    /// <summary>
    /// Stored articles with their stored annotations; an article whose annotations are missing or from another
    /// pipeline version is annotated now (and reported, so the caller can store the fresh ones). With
    /// <paramref name="layers"/>, only those stored layers are decoded (an article annotated now has them all).
    /// </summary>
    public async Task<Dictionary<string, Article>> LoadAnnotatedAsync(IStoryWriteSession session, IReadOnlyCollection<string> ids, CancellationToken ct,
        List<Article>? reannotated = null, IReadOnlySet<string>? layers = null)
    {
        var articles = (await session.GetArticlesAsync(ids, ct).ConfigureAwait(false)).ToDictionary(a => a.Id, StringComparer.Ordinal);
        var stored = (await session.GetAnnotationsAsync(ids, ct).ConfigureAwait(false)).ToDictionary(a => a.ArticleId, StringComparer.Ordinal);
        foreach (var article in articles.Values)
        {
            if (stored.TryGetValue(article.Id, out var record) && record.Version == Versions.Annotations)
            {
                Codec.Decode(record.Data, article, layers);
            }
            else
            {
                Annotator.Annotate(article, ct);
                reannotated?.Add(article);
            }
        }

        return articles;
    }
}
