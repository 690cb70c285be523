using Triangulate.Core.Annotations;
using Triangulate.Core.Model;

namespace Triangulate.Core.Tests.Annotations;

public class AnnotationSetTests
{
    private static Article NewArticle(string text) => new("a-1", new ArticleSource("x.txt"), new ArticleMetadata(), text);

    [Fact]
    public void Set_SpanOutsideText_Throws()
    {
        var article = NewArticle("short");
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => article.Annotations.Set(Layers.Sentences, [new Sentence(new TextSpan(2, 10))]));
        Assert.Contains("sentences", ex.Message);
    }

    [Fact]
    public void Set_UnsortedAnnotations_AreStoredSortedByStart()
    {
        var article = NewArticle("one two three");
        article.Annotations.Set(Layers.Tokens, [new Token(new TextSpan(8, 5)), new Token(new TextSpan(0, 3)), new Token(new TextSpan(4, 3))]);
        Assert.Equal([0, 4, 8], article.Annotations.Get(Layers.Tokens).Select(t => t.Span.Start));
    }

    [Fact]
    public void Get_AbsentLayer_IsEmpty()
    {
        var article = NewArticle("text");
        Assert.Empty(article.Annotations.Get(Layers.Entities));
        Assert.False(article.Annotations.Has(Layers.Entities));
        Assert.True(article.Annotations.Has(Layers.Text));
    }

    [Fact]
    public void Slice_ReturnsExactCharacters()
    {
        var article = NewArticle("Maduro wrote a letter.");
        Assert.Equal("wrote", article.Slice(new TextSpan(7, 5)));
    }
}
