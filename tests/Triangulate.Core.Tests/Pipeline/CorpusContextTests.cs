using Triangulate.Core.Pipeline;

namespace Triangulate.Core.Tests.Pipeline;

public class CorpusContextTests
{
    private static readonly CorpusKey<List<string>> Names = new("names");

    [Fact]
    public void Get_NoStageProducedIt_ThrowsNamingTheResult()
    {
        var context = new CorpusContext([]);
        var error = Assert.Throws<InvalidOperationException>(() => context.Get(Names));
        Assert.Contains("'names'", error.Message, StringComparison.Ordinal);
        Assert.Null(context.TryGet(Names));
        Assert.False(context.Has(Names));
    }

    [Fact]
    public void SetThenGet_ReturnsTheSameObject()
    {
        var context = new CorpusContext([]);
        var value = new List<string> { "a" };
        context.Set(Names, value);
        Assert.Same(value, context.Get(Names));
        Assert.Same(value, context.GetOrAdd(Names, () => []));
    }

    [Fact]
    public void Stories_SetToNull_RemovesTheResult()
    {
        var context = new CorpusContext([]) { Stories = [] };
        Assert.True(context.Has(CorpusKeys.Stories));
        context.Stories = null;
        Assert.False(context.Has(CorpusKeys.Stories));
    }
}
