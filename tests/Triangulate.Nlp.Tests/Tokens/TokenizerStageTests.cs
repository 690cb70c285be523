using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Nlp.Sentences;
using Triangulate.Nlp.Tokens;

namespace Triangulate.Nlp.Tests.Tokens;

public class TokenizerStageTests
{
    [Fact]
    public void Process_Article_AddsTokenAndSentenceLayers()
    {
        var article = new Article("a1", new ArticleSource("test"), new ArticleMetadata(), "Mr. Smith left. Dr. Jones stayed.");
        new TokenizerStage().Process(article, CancellationToken.None);
        new SentenceStage().Process(article, CancellationToken.None);
        Assert.Equal(8, article.Annotations.Get(Layers.Tokens).Count);
        var sentences = article.Annotations.Get(Layers.Sentences);
        Assert.Equal(["Mr. Smith left.", "Dr. Jones stayed."], sentences.Select(s => article.Slice(s.Span)));
    }

    [Fact]
    public void Declarations_NameLayers_InPipelineOrder()
    {
        Assert.Contains(Layers.Tokens.Name, new TokenizerStage().Produces);
        Assert.Contains(Layers.Tokens.Name, new SentenceStage().Requires);
        Assert.Contains(Layers.Sentences.Name, new SentenceStage().Produces);
    }
}
