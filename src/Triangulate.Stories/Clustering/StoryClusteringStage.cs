using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;

namespace Triangulate.Stories.Clustering;

/// <summary>
/// Corpus stage that clusters the run's articles into stories (<see cref="CorpusContext.Stories"/>, ids
/// "s1", "s2", … in order of each story's first article). Each run uses a fresh <see cref="StoryClusterer"/>
/// (left under <see cref="ClustererResult"/> for a caller that wants to save it), so one pipeline can serve
/// concurrent runs; pass a clusterer restored from a snapshot to continue earlier stories instead, for one run
/// at a time. When a lineage stage ran earlier (required), each story also gets its lineages and the number of
/// independent sources. The run's decision log goes under <see cref="Decisions"/>.
/// </summary>
public sealed class StoryClusteringStage : ICorpusStage
{
    /// <summary>This run's clustering decisions, in the order they were taken.</summary>
    public static readonly CorpusKey<List<ClusterDecision>> Decisions = new("story-decisions");

    /// <summary>The clusterer this run used, with its state after the run.</summary>
    public static readonly CorpusKey<StoryClusterer> ClustererResult = new("story-clusterer");

    private readonly StoryClusterer? _continued;

    public StoryClusteringStage(StoryClustererOptions? options = null) => Options = options ?? new StoryClustererOptions();

    /// <summary>A stage that continues <paramref name="continueFrom"/>'s stories (not for concurrent runs: they would share it).</summary>
    public StoryClusteringStage(StoryClusterer continueFrom)
    {
        ArgumentNullException.ThrowIfNull(continueFrom);
        _continued = continueFrom;
        Options = continueFrom.Options;
    }

    public StoryClustererOptions Options { get; }
    public string Name => "story-clustering";
    public string Version => "1";
    public IReadOnlyList<string> Requires => [CorpusKeys.LineageOf.Name, CorpusKeys.Lineages.Name];
    public IReadOnlyList<string> Produces => [CorpusKeys.Stories.Name, Decisions.Name, ClustererResult.Name];

    public void Process(CorpusContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var clusterer = _continued ?? new StoryClusterer(Options);
        context.Set(ClustererResult, clusterer);
        var ordered = PublicationOrder.UndatedInPlace(context.Articles);
        var fresh = new List<ClusterInput>(ordered.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in ordered)
        {
            // Articles already clustered by an earlier run (or duplicated in this one) are not counted twice.
            if (seen.Add(a.Id) && clusterer.StoryNumberOf(a.Id) is null)
            {
                fresh.Add(ClusterInput.FromArticle(a));
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var decisionsBefore = clusterer.Decisions.Count;
        clusterer.AddBatch(fresh);
        context.Stories = BuildStories(context, clusterer, ordered);
        context.Set(Decisions, clusterer.Decisions.Skip(decisionsBefore).ToList());
    }

    private static List<DossierStory> BuildStories(CorpusContext context, StoryClusterer clusterer, List<Article> ordered)
    {
        var byStory = new Dictionary<string, (ClusteredStory Story, List<Article> Articles)>(StringComparer.Ordinal);
        var order = new List<string>();
        var added = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in ordered)
        {
            var story = clusterer.StoryOf(a.Id);
            if (story is null || !added.Add(a.Id))
            {
                continue;
            }

            if (!byStory.TryGetValue(story.Id, out var entry))
            {
                entry = (story, []);
                byStory[story.Id] = entry;
                order.Add(story.Id);
            }

            entry.Articles.Add(a);
        }

        var lineages = context.TryGet(CorpusKeys.Lineages);
        var withLineage = lineages is not null || context.LineageOf.Count > 0;
        var lineagesOf = withLineage ? LineagesByArticle(lineages) : null;
        var result = new List<DossierStory>(order.Count);
        foreach (var id in order)
        {
            var (story, articles) = byStory[id];
            var dossier = new DossierStory
            {
                Id = "s" + (result.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Title = story.Title ?? StoryTitles.Fallback(articles),
                ArticleIds = articles.ConvertAll(a => a.Id),
                First = Min(articles),
                Last = Max(articles),
            };
            if (withLineage)
            {
                AttachLineages(dossier, context.LineageOf, lineages, lineagesOf!);
            }

            result.Add(dossier);
        }

        return result;
    }

    /// <summary>The positions in <paramref name="lineages"/> of the lineages holding each article, built once per run:
    /// scanning every lineage's members for every story cost stories × lineage articles, which grew with the square
    /// of the corpus.</summary>
    private static Dictionary<string, List<int>> LineagesByArticle(List<DossierLineage>? lineages)
    {
        var byArticle = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        if (lineages is null)
        {
            return byArticle;
        }

        for (var i = 0; i < lineages.Count; i++)
        {
            foreach (var id in lineages[i].ArticleIds)
            {
                if (!byArticle.TryGetValue(id, out var positions))
                {
                    positions = [];
                    byArticle[id] = positions;
                }

                // A lineage listing an article twice is still one hit.
                if (positions.Count == 0 || positions[^1] != i)
                {
                    positions.Add(i);
                }
            }
        }

        return byArticle;
    }

    private static void AttachLineages(DossierStory story, Dictionary<string, string> lineageOf, List<DossierLineage>? lineages,
        Dictionary<string, List<int>> lineagesOf)
    {
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        var hits = new List<int>();
        foreach (var id in story.ArticleIds)
        {
            // An article the lineage stage did not place is its own source.
            distinct.Add(lineageOf.TryGetValue(id, out var lineage) ? lineage : "\u0001" + id);
            if (lineagesOf.TryGetValue(id, out var positions))
            {
                hits.AddRange(positions);
            }
        }

        story.IndependentSources = distinct.Count;
        if (lineages is null)
        {
            story.Lineages = [];
            return;
        }

        // Every lineage with a member in the story, in the lineages' own order (as a scan of the list would give).
        hits.Sort();
        var attached = new List<DossierLineage>();
        for (var i = 0; i < hits.Count; i++)
        {
            if (i == 0 || hits[i] != hits[i - 1])
            {
                attached.Add(lineages[hits[i]]);
            }
        }

        story.Lineages = attached;
    }

    private static DateTimeOffset? Min(List<Article> articles)
    {
        DateTimeOffset? min = null;
        foreach (var a in articles)
        {
            if (a.Metadata.Published is { } p && (min is null || p < min))
            {
                min = p;
            }
        }

        return min;
    }

    private static DateTimeOffset? Max(List<Article> articles)
    {
        DateTimeOffset? max = null;
        foreach (var a in articles)
        {
            if (a.Metadata.Published is { } p && (max is null || p > max))
            {
                max = p;
            }
        }

        return max;
    }
}
