using Triangulate.Core.Text;

namespace Triangulate.Core.Tests.Text;

public sealed class Fnv1aTests
{
    [Fact]
    public void Of_KnownVectors()
    {
        // FNV-1a 64 of the empty string is the offset basis; of "a" the published test vector (ASCII = one UTF-16 unit each).
        Assert.Equal(0xcbf29ce484222325UL, Fnv1a.Of(""));
        Assert.Equal(0xaf63dc4c8601ec8cUL, Fnv1a.Of("a"));
        Assert.Equal(0x85944171f73967e8UL, Fnv1a.Of("foobar"));
    }

    [Fact]
    public void OfLower_IsTheHashOfTheLowerCasedText()
    {
        Assert.Equal(Fnv1a.Of("reuters"), Fnv1a.OfLower("ReUTers"));
        Assert.NotEqual(Fnv1a.Of("Reuters"), Fnv1a.Of("reuters"));
    }

    [Fact]
    public void Step_FoldsValuesInOrder()
    {
        var h = Fnv1a.Step(Fnv1a.Step(Fnv1a.Offset, 'a'), 'b');
        Assert.Equal(Fnv1a.Of("ab"), h);
        Assert.NotEqual(Fnv1a.Of("ba"), h);
    }
}
