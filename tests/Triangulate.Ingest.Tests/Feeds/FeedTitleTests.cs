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

    /// <summary>The outlet must not depend on the machine's load: the pattern ran under a 100 ms match timeout, and on
    /// a loaded machine the demo's outlet came out "Coastal Post – News" on some runs. The cap replaces the timeout.</summary>
    [Fact]
    public void ToOutlet_TitleUpToTheCap_SuffixDropped_LongerKeptWhole()
    {
        var atCap = new string('x', FeedTitle.MaxTitleLength - " – News".Length) + " – News";
        var overCap = string.Concat(Enumerable.Repeat("a - ", 2_500)) + " – News";

        Assert.Equal(new string('x', FeedTitle.MaxTitleLength - " – News".Length), FeedTitle.ToOutlet(atCap));
        Assert.Equal(overCap.Trim(), FeedTitle.ToOutlet(overCap));
    }
}
