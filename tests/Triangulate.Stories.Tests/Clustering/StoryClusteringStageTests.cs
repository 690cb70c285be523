using Triangulate.Core.Annotations;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Stories.Clustering;

namespace Triangulate.Stories.Tests.Clustering;

public sealed class StoryClusteringStageTests
{
    private static readonly DateTimeOffset Day = new(2025, 10, 18, 12, 0, 0, TimeSpan.Zero);

    internal static Article ToArticle(ClusterInput input) =>
        new(input.Id, new ArticleSource(input.Id + ".txt"), new ArticleMetadata { Title = input.Title, Published = input.Published }, input.Text);

    private static List<Article> Corpus() =>
    [
        ToArticle(Texts.BridgeFollowUp("b2", Day.AddDays(2))),
        ToArticle(Texts.Otters("o1", Day.AddDays(1))),
        ToArticle(Texts.Bridge("b1", Day)),
    ];

    [Fact]
    public void Declaration_ProducesStoriesAndRequiresTheLineages()
    {
        var stage = new StoryClusteringStage();
        Assert.Equal(["stories", "story-decisions", "story-clusterer"], stage.Produces);
        Assert.Equal(["lineage-of", "lineages"], stage.Requires);
    }

    [Fact]
    public void Process_Articles_StoriesNumberedInPublicationOrderWithDates()
    {
        var context = new CorpusContext(Corpus());
        new StoryClusteringStage().Process(context, CancellationToken.None);

        Assert.NotNull(context.Stories);
        Assert.Equal(["s1", "s2"], context.Stories.Select(s => s.Id));
        var bridge = context.Stories[0];
        Assert.Equal(["b1", "b2"], bridge.ArticleIds);
        Assert.Equal(Day, bridge.First);
        Assert.Equal(Day.AddDays(2), bridge.Last);
        Assert.NotNull(bridge.Title);
        Assert.Equal(["o1"], context.Stories[1].ArticleIds);
        Assert.Null(bridge.Lineages);
        Assert.Null(bridge.IndependentSources);
        var decisions = context.Get(StoryClusteringStage.Decisions);
        Assert.Equal(3, decisions.Count(d => d.ArticleId is not null));
    }

    [Fact]
    public void Process_LineageStageRan_CountsIndependentSourcesAndAttachesLineages()
    {
        var context = new CorpusContext(Corpus());
        context.LineageOf["b1"] = "L1";
        context.LineageOf["b2"] = "L1";
        context.LineageOf["o1"] = "L2";
        var l1 = new DossierLineage { Id = "L1", ArticleIds = ["b1", "b2"] };
        var l2 = new DossierLineage { Id = "L2", ArticleIds = ["o1"] };
        context.Set(CorpusKeys.Lineages, new List<DossierLineage> { l1, l2 });

        new StoryClusteringStage().Process(context, CancellationToken.None);

        var bridge = context.Stories![0];
        Assert.Equal(1, bridge.IndependentSources);
        Assert.Same(l1, Assert.Single(bridge.Lineages!));
        Assert.Same(l2, Assert.Single(context.Stories[1].Lineages!));
    }

    [Fact]
    public void Process_ArticleWithoutLineage_CountsAsItsOwnSource()
    {
        var context = new CorpusContext(Corpus());
        context.LineageOf["b1"] = "L1";
        new StoryClusteringStage().Process(context, CancellationToken.None);
        Assert.Equal(2, context.Stories![0].IndependentSources);
        Assert.Empty(context.Stories[0].Lineages!);
    }

    [Fact]
    public void Process_EntitiesLayerPresent_UsedAsFeatures()
    {
        var article = ToArticle(Texts.Bridge("b1", Day));
        var start = article.Text.IndexOf("José Núñez", StringComparison.Ordinal);
        article.Annotations.Set(Layers.Entities, [new EntityMention(new TextSpan(start, "José Núñez".Length), EntityTypes.Person)]);
        var input = ClusterInput.FromArticle(article);
        Assert.Equal(["PERSON:José Núñez"], input.Entities);
        Assert.Null(ClusterInput.FromArticle(ToArticle(Texts.Otters("o1"))).Entities);
    }

    [Fact]
    public void Process_SecondRunWithStoredClusterer_ContinuesStoriesAndSkipsKnownArticles()
    {
        var first = new CorpusContext([ToArticle(Texts.Bridge("b1", Day))]);
        new StoryClusteringStage().Process(first, CancellationToken.None);
        var restored = StoryClusterer.FromSnapshot(first.Get(StoryClusteringStage.ClustererResult).ToSnapshot());
        var next = new StoryClusteringStage(restored);
        var context = new CorpusContext([ToArticle(Texts.Bridge("b1", Day)), ToArticle(Texts.BridgeFollowUp("b2", Day.AddDays(1)))]);

        next.Process(context, CancellationToken.None);

        var story = Assert.Single(context.Stories!);
        Assert.Equal(["b1", "b2"], story.ArticleIds);
        Assert.Equal(2, restored.DocumentCount);
    }

    [Fact]
    public void Process_ConcurrentRunsOfOneStage_EachGetsItsOwnStories()
    {
        // A server shares one pipeline between requests: a stage must hold no state from one run to the next.
        var stage = new StoryClusteringStage();
        var contexts = Enumerable.Range(0, 16).Select(i => new CorpusContext([ToArticle(Texts.Bridge("b" + i, Day)), ToArticle(Texts.Otters("o" + i))])).ToList();

        Parallel.ForEach(contexts, new ParallelOptions { MaxDegreeOfParallelism = 8 }, c => stage.Process(c, CancellationToken.None));

        for (var i = 0; i < contexts.Count; i++)
        {
            Assert.Equal(2, contexts[i].Stories!.Count);
            Assert.Equal(["b" + i, "o" + i], contexts[i].Stories!.SelectMany(s => s.ArticleIds).Order());
        }
    }

    [Fact]
    public void Process_NoArticles_EmptyStoryList()
    {
        var context = new CorpusContext([]);
        new StoryClusteringStage().Process(context, CancellationToken.None);
        Assert.NotNull(context.Stories);
        Assert.Empty(context.Stories);
    }

    [Fact]
    public void Process_NoHeadlines_TitleFromFirstLine()
    {
        var context = new CorpusContext([ToArticle(Texts.Bridge("b1", Day) with { Title = null })]);
        new StoryClusteringStage().Process(context, CancellationToken.None);
        Assert.StartsWith("A section of the Ferrán footbridge", context.Stories![0].Title, StringComparison.Ordinal);
        Assert.EndsWith("…", context.Stories[0].Title, StringComparison.Ordinal);
    }
}
