using Triangulate.Core.Model;

namespace Triangulate.Core.Tests.Model;

public class ArticleIdTests
{
    [Fact]
    public void Compute_SameInput_SameId() =>
        Assert.Equal(ArticleId.Compute("Outlet", "a.txt", "text"), ArticleId.Compute("Outlet", "a.txt", "text"));

    [Fact]
    public void Compute_DifferentText_DifferentId() =>
        Assert.NotEqual(ArticleId.Compute("Outlet", "a.txt", "text"), ArticleId.Compute("Outlet", "a.txt", "text."));

    [Fact]
    public void Compute_FieldBoundariesMatter() =>
        Assert.NotEqual(ArticleId.Compute("ab", "c", "t"), ArticleId.Compute("a", "bc", "t"));

    [Fact]
    public void Compute_HasPrefixAndFixedLength()
    {
        var id = ArticleId.Compute(null, null, "");
        Assert.StartsWith("a-", id);
        Assert.Equal(22, id.Length);
    }
}
