using Triangulate.Ingest.Feeds;

namespace Triangulate.Ingest.Tests.Feeds;

public class FeedTitleTests
{
    [Theory]
    [InlineData("Coastal Post – News", "Coastal Post")]
    [InlineData("The Harbour Times | Top Stories", "The Harbour Times")]
    [InlineData("Valley Echo: Latest headlines", "Valley Echo")]
    [InlineData("Daily Ledger - RSS feed", "Daily Ledger")]
    [InlineData("Metro Signal", "Metro Signal")]
    [InlineData("  Sea News  ", "Sea News")]
    [InlineData("Business – Markets", "Business – Markets")]
    public void ToOutlet_ChannelTitle_DropsOnlyGenericSectionSuffix(string title, string expected) =>
        Assert.Equal(expected, FeedTitle.ToOutlet(title));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void ToOutlet_NoTitle_IsNull(string? title) => Assert.Null(FeedTitle.ToOutlet(title));
}
