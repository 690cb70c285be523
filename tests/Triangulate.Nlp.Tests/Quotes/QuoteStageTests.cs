using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Nlp.Quotes;
using Triangulate.Nlp.Tokens;

namespace Triangulate.Nlp.Tests.Quotes;

public sealed class QuoteStageTests
{
    // The stage reads the tokens layer, as in the pipeline.
    private static Article Make(string text)
    {
        var article = new Article("a1", new ArticleSource("test.txt"), new ArticleMetadata(), text);
        new TokenizerStage().Process(article, CancellationToken.None);
        return article;
    }

    [Fact]
    public void Process_PlainArticle_WritesQuotesLayer()
    {
        var article = Make("\"We will win,\" Maduro said.");
        new QuoteStage().Process(article, CancellationToken.None);
        var quotes = article.Annotations.Get(Layers.Quotes);
        Assert.Single(quotes);
        Assert.Equal("direct", quotes[0].Kind);
    }

    [Fact]
    public void Declaration_RequiresTokens_ProducesQuotes()
    {
        var stage = new QuoteStage();
        Assert.Equal(["tokens"], stage.Requires);
        Assert.Equal(["quotes"], stage.Produces);
    }

    [Fact]
    public void Process_WithEntities_UsesPersonMentionsForPronouns()
    {
        // "Gerald Ford" is a ship here: without entities the capitalised-name heuristic would take it.
        const string text = "Elena Varga watched from the bank near the Gerald Ford. \"There was a crack like a gunshot,\" she said.";
        var article = Make(text);
        article.Annotations.Set(Layers.Entities, [new EntityMention(new TextSpan(0, 11), EntityTypes.Person), new EntityMention(new TextSpan(text.IndexOf("Gerald", StringComparison.Ordinal), 11), EntityTypes.Misc)]);
        new QuoteStage().Process(article, CancellationToken.None);
        var q = Assert.Single(article.Annotations.Get(Layers.Quotes));
        Assert.Equal("Elena Varga", q.SpeakerName);
    }

    [Theory]
    [InlineData("Pedro Ruiz spoke first.\nReporters asked about Tomas Berg's plan.\nIn Lima, he said: \"We can still strike a deal.\"", "Tomas Berg's")]
    [InlineData("Pedro Ruiz spoke first.\nReporters cited the \"fine work of Tomas Berg\" in the port.\n\"We can still strike a deal,\" he said.", "Tomas Berg")]
    public void Process_PronounWithEntities_SkipsPossessorsAndNamesInsideQuotations(string text, string other)
    {
        var article = Make(text);
        article.Annotations.Set(Layers.Entities,
        [
            new EntityMention(new TextSpan(0, 10), EntityTypes.Person),
            new EntityMention(new TextSpan(text.IndexOf(other, StringComparison.Ordinal), other.Length), EntityTypes.Person),
        ]);

        new QuoteStage().Process(article, CancellationToken.None);

        Assert.Equal("Pedro Ruiz", article.Annotations.Get(Layers.Quotes).Last(q => q.Kind == QuoteKinds.Direct).SpeakerName);
    }
}
