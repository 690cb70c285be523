using Triangulate.Core.Annotations;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Stories.Quantities;

namespace Triangulate.Stories.Tests.Quantities;

public class StoryQuantitiesStageTests
{
    private static readonly DateTimeOffset Day = new(2025, 10, 18, 12, 0, 0, TimeSpan.Zero);

    private static Article WithQuantity(string id, string text, string number, double value, string unit, int day = 0, string counted = CountedKeys.Injured, string? qualifier = null)
    {
        var article = new Article(id, new ArticleSource(id + ".txt"), new ArticleMetadata { Published = Day.AddDays(day) }, text);
        var start = text.IndexOf(number, StringComparison.Ordinal);
        article.Annotations.Set(Layers.Quantities, [new QuantityAnnotation(new TextSpan(start, number.Length), value, unit, qualifier, "injured") { Counted = counted }]);
        return article;
    }

    private static DossierStory Run(params Article[] articles)
    {
        var context = new CorpusContext(articles) { Stories = [new DossierStory { Id = "s1", ArticleIds = [.. articles.Select(a => a.Id)] }] };
        new StoryQuantitiesStage().Process(context, CancellationToken.None);
        return context.Stories![0];
    }

    [Fact]
    public void Process_SameFigureInTwoArticles_OneMeasurementEachWithArticleAndEvidence()
    {
        var story = Run(
            WithQuantity("a-1", "At least 12 people were injured.", "12 people", 12, "people", qualifier: "at least"),
            WithQuantity("a-2", "Officials said 12 people were injured on Saturday.", "12 people", 12, "people"),
            WithQuantity("a-3", "Fourteen people were injured, the paper said.", "Fourteen people", 14, "people", day: 1));

        var quantities = story.Quantities!;
        Assert.Equal(3, quantities.Count);
        Assert.Equal(["a-1", "a-2", "a-3"], quantities.Select(q => q.ArticleId));
        Assert.Equal([Bounds.AtLeast, Bounds.Exact, Bounds.Exact], quantities.Select(q => q.Bound));
        Assert.All(quantities, q => Assert.Equal(CountedKeys.Injured, q.Counted));
        Assert.All(quantities, q => Assert.Equal(q.ArticleId, Assert.Single(q.Evidence).ArticleId));
        Assert.Equal(Day.AddDays(1), quantities[2].AsOf);
    }

    [Fact]
    public void Process_RisingFigure_OneTrackWithUpdateStep()
    {
        var story = Run(
            WithQuantity("a-1", "At least 12 people were injured.", "12 people", 12, "people", qualifier: "at least"),
            WithQuantity("a-2", "Fourteen people were injured.", "Fourteen people", 14, "people"),
            WithQuantity("a-3", "Sixteen people were injured.", "Sixteen people", 16, "people", day: 2));

        var track = Assert.Single(story.FigureTracks!);
        Assert.Equal((CountedKeys.Injured, "mixed"), (track.Counted, track.Assessment));
        Assert.Equal([12.0, 14.0, 16.0], track.Steps.Select(s => s.Value));
        Assert.Equal([null, "contradiction", "update"], track.Steps.Select(s => s.Step));
        Assert.Equal([[0], [1], [2]], track.Steps.Select(s => s.MeasurementIndexes));
    }

    [Fact]
    public void Process_BoundAndRounding_StepsAreCompatible()
    {
        var story = Run(
            WithQuantity("a-1", "At least 2,000 people died.", "2,000 people", 2000, "people", counted: CountedKeys.Deaths, qualifier: "at least"),
            WithQuantity("a-2", "The toll is 2,012.", "2,012", 2012, "people", counted: CountedKeys.Deaths));

        var track = Assert.Single(story.FigureTracks!);
        Assert.Equal("consistent", track.Assessment);
        Assert.Equal("compatible", track.Steps[1].Step);
    }

    [Fact]
    public void Process_DifferentThingsAndScopes_SeparateTracks()
    {
        var story = Run(
            WithQuantity("a-1", "12 people were killed.", "12 people", 12, "people", counted: CountedKeys.Deaths),
            WithQuantity("a-2", "30 people were injured.", "30 people", 30, "people"),
            WithQuantity("a-3", "72 people were on board.", "72 people", 72, "people", counted: CountedKeys.Aboard));

        Assert.Equal([CountedKeys.Deaths, CountedKeys.Injured, CountedKeys.Aboard], story.FigureTracks!.Select(t => t.Counted));
        Assert.All(story.FigureTracks!, t => Assert.Single(t.Steps));
    }

    [Fact]
    public void Process_FigureInferredOnAStatedOne_IsNoStepOfATrack()
    {
        // The first report says three were shot; the reader infers three shot and survived on the same words. The next
        // report's "two injured" must not become an update of a figure the first report never gave.
        const string text = "A gunman shot three people on Monday.";
        var first = new Article("a-1", new ArticleSource("a-1.txt"), new ArticleMetadata { Published = Day }, text);
        var span = new TextSpan(text.IndexOf("three", StringComparison.Ordinal), 12);
        first.Annotations.Set(Layers.Quantities,
        [
            new QuantityAnnotation(span, 3, "people", null, "shot") { Counted = CountedKeys.Casualties },
            new QuantityAnnotation(span, 3, "people", null, "shot and survived") { Counted = CountedKeys.Injured, Implicit = true },
        ]);
        var story = Run(first, WithQuantity("a-2", "Two people were injured.", "Two people", 2, "people", day: 1));

        var injured = Assert.Single(story.FigureTracks!, t => t.Counted == CountedKeys.Injured);
        Assert.Equal([2.0], injured.Steps.Select(s => s.Value));
    }

    [Fact]
    public void Process_NoStories_LeavesSectionAbsent()
    {
        var context = new CorpusContext([WithQuantity("a-1", "12 people were hurt.", "12 people", 12, "people")]);

        new StoryQuantitiesStage().Process(context, CancellationToken.None);

        Assert.Null(context.Stories);
    }

    [Fact]
    public void Requires_StoriesAndQuantities_ProducesTracks()
    {
        Assert.Equal([StorySectionStage.StoriesResult, Layers.Quantities.Name], new StoryQuantitiesStage().Requires);
        Assert.Equal([CorpusKeys.StoryQuantities.Name, CorpusKeys.FigureTracks.Name], new StoryQuantitiesStage().Produces);
    }
}
