using Triangulate.Core.Model;
using Triangulate.Stories.Framing;

namespace Triangulate.Stories.Tests.Framing;

public class OutletOfTests
{
    private static Article With(string? outlet, string input, string? url = null) =>
        new("a-1", new ArticleSource(input, url), new ArticleMetadata { Outlet = outlet }, "text");

    [Fact]
    public void OutletOf_KnownOutlet_IsTheOutlet() => Assert.Equal("Valley Echo", FramingStage.OutletOf(With("Valley Echo", "a.txt")));

    [Fact]
    public void OutletOf_UnknownOutletWithUrl_IsTheHostWithoutWww() =>
        Assert.Equal("news.example", FramingStage.OutletOf(With(null, "feed.xml#2", "https://www.news.example/a/b")));

    [Fact]
    public void OutletOf_NothingKnown_NamesTheInputFileNotTheId() =>
        Assert.Equal("unnamed outlet (tribune.txt)", FramingStage.OutletOf(With(null, "samples/demo/tribune.txt")));
}
