using Triangulate.Core.Model;
using Triangulate.Stories.Clustering;

namespace Triangulate.Stories.Tests.Clustering;

/// <summary>The story title read off the articles alone (what a section rebuild sees), not the clusterer's centroids.</summary>
public sealed class StoryTitlesCentralTests
{
    private static readonly Article[] Articles =
    [
        Make("a", "Ferry strike halts harbour crossings", "Ferry crews walked out on Monday, halting every harbour crossing. The ferry union said the strike over pay would last two days."),
        Make("b", "Harbour ferry crossings halted as crews strike over pay", "Ferry crews striking over pay halted harbour crossings on Monday; the union said the strike would last two days."),
        Make("c", "Council opens new library wing", "The council opened a new library wing on Monday, with a reading room named after a local poet."),
        Make("d", null, "Ferry crews strike: harbour crossings halted for two days over pay, the union said."),
    ];

    [Fact]
    public void Central_TheOnTopicHeadlineClosestToTheRest() =>
        Assert.Equal("Harbour ferry crossings halted as crews strike over pay", StoryTitles.Central(Articles));

    [Fact]
    public void Central_SameArticlesInAnotherOrder_SameTitle() =>
        Assert.Equal(StoryTitles.Central(Articles), StoryTitles.Central([.. Articles.Reverse()]));

    [Fact]
    public void Central_OneHeadline_ThatOne_NoneNull()
    {
        Assert.Equal("Council opens new library wing", StoryTitles.Central([Articles[2], Articles[3]]));
        Assert.Null(StoryTitles.Central([Articles[3]]));
    }

    private static Article Make(string id, string? title, string text) =>
        new(id, new ArticleSource(id), new ArticleMetadata { Title = title }, text);
}
