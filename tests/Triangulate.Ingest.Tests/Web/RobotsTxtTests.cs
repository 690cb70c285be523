using Triangulate.Ingest.Web;

namespace Triangulate.Ingest.Tests.Web;

public sealed class RobotsTxtTests
{
    private static bool Allowed(string robots, string path, string token = "Triangulate") =>
        RobotsTxt.Parse(robots, token).IsAllowed(new Uri("https://news.example" + path));

    [Theory]
    [InlineData("/private/a", false)]
    [InlineData("/private", true)]
    [InlineData("/news/1", true)]
    [InlineData("/robots.txt", true)]
    public void IsAllowed_StarGroup_PrefixRules(string path, bool expected) =>
        Assert.Equal(expected, Allowed("User-agent: *\nDisallow: /private/\n", path));

    [Fact]
    public void IsAllowed_OurGroupWinsOverStar() =>
        Assert.False(Allowed("User-agent: *\nAllow: /\n\nUser-agent: triangulate\nDisallow: /news/\n", "/news/1"));

    [Fact]
    public void IsAllowed_OtherAgentsGroupIgnored() =>
        Assert.True(Allowed("User-agent: OtherBot\nDisallow: /\n", "/news/1"));

    [Fact]
    public void IsAllowed_LongestMatchWins_AllowWinsTie()
    {
        const string robots = "User-agent: *\nDisallow: /news/\nAllow: /news/public/\nDisallow: /x\nAllow: /x\n";
        Assert.False(Allowed(robots, "/news/secret"));
        Assert.True(Allowed(robots, "/news/public/1"));
        Assert.True(Allowed(robots, "/x"));
    }

    [Theory]
    [InlineData("/a.php", false)]
    [InlineData("/a.php?x=1", true)]
    [InlineData("/dir/b.php", false)]
    [InlineData("/search?q=1", false)]
    [InlineData("/searching", true)]
    public void IsAllowed_Wildcards(string path, bool expected) =>
        Assert.Equal(expected, Allowed("User-agent: *\nDisallow: /*.php$\nDisallow: /search?\n", path));

    [Fact]
    public void IsAllowed_GroupsForOneAgentMerge_ConsecutiveAgentsShareRules()
    {
        const string robots = "User-agent: a\nUser-agent: triangulate\nDisallow: /one\n\nUser-agent: triangulate\nDisallow: /two\n";
        Assert.False(Allowed(robots, "/one"));
        Assert.False(Allowed(robots, "/two"));
        Assert.True(Allowed(robots, "/three"));
    }

    [Fact]
    public void IsAllowed_PercentEncodingNormalised() =>
        Assert.False(Allowed("User-agent: *\nDisallow: /caf%C3%A9/%7Eold\n", "/café/~old/page"));

    [Fact]
    public void Parse_CrawlDelayAndSitemaps_CommentsIgnored()
    {
        var robots = RobotsTxt.Parse("# hello\nUser-agent: *  # all\nCrawl-delay: 2.5\nDisallow:\nSitemap: https://news.example/sitemap.xml\n", "Triangulate");
        Assert.Equal(TimeSpan.FromSeconds(2.5), robots.CrawlDelay);
        Assert.Equal(["https://news.example/sitemap.xml"], robots.Sitemaps);
        Assert.True(robots.IsAllowed(new Uri("https://news.example/anything")));
    }

    [Fact]
    public void DisallowAll_RefusesEverythingButRobotsTxt()
    {
        Assert.False(RobotsTxt.DisallowAll.IsAllowed(new Uri("https://news.example/")));
        Assert.True(RobotsTxt.DisallowAll.IsAllowed(new Uri("https://news.example/robots.txt")));
    }

    [Fact]
    public void Parse_TenMegabytesOfJunk_StaysLinearAndAllows()
    {
        var junk = new string('x', 10_000_000);
        var robots = RobotsTxt.Parse(junk, "Triangulate");
        Assert.True(robots.IsAllowed(new Uri("https://news.example/a")));
    }
}
