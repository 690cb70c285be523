using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Nlp.Dates;
using Triangulate.Nlp.PartsOfSpeech;
using Triangulate.Nlp.Sentences;
using Triangulate.Nlp.Tokens;

namespace Triangulate.Nlp.Tests.PartsOfSpeech;

public sealed class PosStageTests
{
    private static Article Tagged(string text)
    {
        var article = new Article("a", new ArticleSource("a"), new ArticleMetadata { Published = new DateTimeOffset(2025, 9, 28, 0, 0, 0, TimeSpan.Zero) }, text);
        new TokenizerStage().Process(article, CancellationToken.None);
        new SentenceStage().Process(article, CancellationToken.None);
        new DateStage().Process(article, CancellationToken.None);
        new PosStage().Process(article, CancellationToken.None);
        return article;
    }

    [Fact]
    public void Process_DatedSentence_EveryTokenTaggedInOrder()
    {
        var article = Tagged("The ferry company will add two crossings on Monday.");

        var tags = article.Annotations.Get(Layers.PartsOfSpeech);
        Assert.Equal(article.Annotations.Get(Layers.Tokens).Select(t => t.Span), tags.Select(t => t.Span));
        Assert.Equal(["DT", "NN", "NN", "MD", "VB"], tags.Take(5).Select(t => t.Tag));
    }

    [Fact]
    public void Process_UndatedSentence_NotTagged()
    {
        var article = Tagged("The ferry company will add two crossings. It said so on Monday.");

        var tags = article.Annotations.Get(Layers.PartsOfSpeech);
        Assert.All(tags, t => Assert.True(t.Span.Start >= article.Text.IndexOf("It said", StringComparison.Ordinal)));
        Assert.NotEmpty(tags);
    }

    [Fact]
    public void Process_EmptyText_EmptyLayer() => Assert.Empty(Tagged(string.Empty).Annotations.Get(Layers.PartsOfSpeech));

    [Fact]
    public void Tag_LongRunWithoutSentenceEnd_TaggedInPieces()
    {
        var words = Enumerable.Repeat("ferry", 1500).ToArray();

        Assert.Equal(1500, PosTagger.Default.Tag(words).Length);
    }
}
