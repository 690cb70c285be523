using Triangulate.Ingest.PlainText;

namespace Triangulate.Ingest.Tests.PlainText;

public sealed class TextHeaderTests
{
    [Fact]
    public void Split_FullHeader_ReturnsHintsAndBody()
    {
        var text = "Title: Talks offered\nOutlet: Example News\nPublished: 2025-09-28T10:41:00Z\nURL: https://example.com/a\nByline: A. Writer\n\nBody line one.\nBody line two.";

        var (hints, body) = TextHeader.Split(text);

        Assert.Equal("Talks offered", hints.Title);
        Assert.Equal("Example News", hints.Outlet);
        Assert.Equal(new DateTimeOffset(2025, 9, 28, 10, 41, 0, TimeSpan.Zero), hints.Published);
        Assert.Equal("https://example.com/a", hints.Url);
        Assert.Equal("A. Writer", hints.Byline);
        Assert.Equal("Body line one.\nBody line two.", body);
    }

    [Fact]
    public void Split_KeysInAnyCase_Recognised()
    {
        var (hints, body) = TextHeader.Split("TITLE: Upper\nouTLet :  Mixed  \n\nBody.");

        Assert.Equal("Upper", hints.Title);
        Assert.Equal("Mixed", hints.Outlet);
        Assert.Equal("Body.", body);
    }

    [Fact]
    public void Split_TitleLineInBodyAfterHeader_StaysInBody()
    {
        var (hints, body) = TextHeader.Split("Title: Real title\n\nFirst paragraph.\nTitle: not a header\n");

        Assert.Equal("Real title", hints.Title);
        Assert.Equal("First paragraph.\nTitle: not a header\n", body);
    }

    [Fact]
    public void Split_NoBlankLineAfterKeys_WholeTextIsBody()
    {
        var text = "Title: Looks like a header\nBut the body follows at once.";

        var (hints, body) = TextHeader.Split(text);

        Assert.Null(hints.Title);
        Assert.Same(text, body);
    }

    [Fact]
    public void Split_UnknownKeyInBlock_WholeTextIsBody()
    {
        var text = "Title: A\nLocation: Caracas\n\nBody.";

        var (hints, body) = TextHeader.Split(text);

        Assert.Null(hints.Title);
        Assert.Equal(text, body);
    }

    [Fact]
    public void Split_OrdinaryFirstLine_NoHeader()
    {
        var text = "Maduro offers talks: a letter to Trump\n\nThe letter said...";

        var (hints, body) = TextHeader.Split(text);

        Assert.Null(hints.Title);
        Assert.Equal(text, body);
    }

    [Fact]
    public void Split_LeadingBlankLinesBeforeHeader_HeaderStillRead()
    {
        var (hints, body) = TextHeader.Split("\n\nByline: B. Writer\n\nBody.");

        Assert.Equal("B. Writer", hints.Byline);
        Assert.Equal("Body.", body);
    }

    [Fact]
    public void Split_UnparsableDate_PublishedNullOtherHintsKept()
    {
        var (hints, _) = TextHeader.Split("Title: T\nPublished: sometime\n\nBody.");

        Assert.Equal("T", hints.Title);
        Assert.Null(hints.Published);
    }
}
