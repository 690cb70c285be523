using AngleSharp.Html.Parser;
using Triangulate.Extraction.Html;

namespace Triangulate.Extraction.Tests.Html;

public class HeadlineTests
{
    private static (PageModel Model, int Index) Find(string body, string title)
    {
        var document = new HtmlParser().ParseDocument("<html><body>" + body + "</body></html>");
        var model = PageModel.Build(document.Body!, CancellationToken.None);
        return (model, Headline.Find(model, title));
    }

    [Fact]
    public void Find_TitleInTrendingBarAboveH1_H1Chosen()
    {
        var (model, index) = Find("<div><h3><a href='/x'>Old bridge to reopen</a></h3></div><h1>Old bridge to reopen</h1><p>Text.</p>", "Old bridge to reopen");

        Assert.Equal("h1", model.Nodes[index].Tag);
    }

    [Fact]
    public void Find_OnlyH2MatchesTitleWithSiteName_H2Chosen()
    {
        var (model, index) = Find("<h1>The Riverside Post</h1><h2>Old bridge to reopen</h2>", "Old bridge to reopen | The Riverside Post");

        Assert.Equal("h2", model.Nodes[index].Tag);
    }

    [Fact]
    public void Find_NoHeadingMatches_MinusOne()
    {
        var (_, index) = Find("<h1>The Riverside Post</h1><p>Old bridge to reopen</p>", "Old bridge to reopen");

        Assert.Equal(-1, index);
    }
}
