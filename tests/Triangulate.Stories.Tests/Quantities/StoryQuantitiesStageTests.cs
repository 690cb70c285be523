using Triangulate.Core.Annotations;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Stories.Quantities;

namespace Triangulate.Stories.Tests.Quantities;

public class StoryQuantitiesStageTests
{
    private static Article WithQuantity(string id, string text, string number, double value, string unit)
    {
        var article = new Article(id, new ArticleSource(id + ".txt"), new ArticleMetadata(), text);
        var start = text.IndexOf(number, StringComparison.Ordinal);
        article.Annotations.Set(Layers.Quantities, [new QuantityAnnotation(new TextSpan(start, number.Length), value, unit, About: "injured")]);
        return article;
    }

    [Fact]
    public void Process_SameFigureInTwoArticles_OneEntryWithBothEvidence()
    {
        var a = WithQuantity("a-1", "At least 12 people were injured.", "12 people", 12, "people");
        var b = WithQuantity("a-2", "Officials said 12 people were injured on Saturday.", "12 people", 12, "people");
        var c = WithQuantity("a-3", "Fourteen people were injured, the paper said.", "Fourteen people", 14, "people");
        var context = new CorpusContext([a, b, c]) { Stories = [new DossierStory { Id = "s1", ArticleIds = ["a-1", "a-2", "a-3"] }] };

        new StoryQuantitiesStage().Process(context, CancellationToken.None);

        var quantities = context.Stories![0].Quantities!;
        Assert.Equal(2, quantities.Count);
        Assert.Equal(12, quantities[0].Value);
        Assert.Equal(["a-1", "a-2"], quantities[0].Evidence.Select(e => e.ArticleId));
        Assert.All(quantities.SelectMany(q => q.Evidence), e => Assert.EndsWith("people", e.Text));
    }

    [Fact]
    public void Process_NoStories_LeavesSectionAbsent()
    {
        var context = new CorpusContext([WithQuantity("a-1", "12 people were hurt.", "12 people", 12, "people")]);

        new StoryQuantitiesStage().Process(context, CancellationToken.None);

        Assert.Null(context.Stories);
    }

    [Fact]
    public void Requires_StoriesAndQuantities() =>
        Assert.Equal([StorySectionStage.StoriesResult, Layers.Quantities.Name], new StoryQuantitiesStage().Requires);
}
