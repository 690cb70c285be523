using System.Text;
using Triangulate.Extraction.Html;
using Triangulate.Extraction.Html.SiteRules;

namespace Triangulate.Extraction.Tests.Html.SiteRules;

public class SiteRuleSetTests
{
    private static SiteRuleSet Load(string json) => SiteRuleSet.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    private const string OneRule = """
        { "rules": [ { "site": "www.riverside-post.example", "version": 2, "remove": [".promo"], "why": "promo box inside the story" } ] }
        """;

    [Fact]
    public void BuiltIn_EveryRuleVersionedAndExplained()
    {
        Assert.NotEmpty(SiteRuleSet.BuiltIn.Rules);
        Assert.All(SiteRuleSet.BuiltIn.Rules, r =>
        {
            Assert.True(r.Version >= 1);
            Assert.False(string.IsNullOrWhiteSpace(r.Why));
            Assert.False(r.Site.StartsWith("www.", StringComparison.Ordinal));
        });
    }

    [Theory]
    [InlineData("https://www.riverside-post.example/news/1", true)]
    [InlineData("https://riverside-post.example/news/1", true)]
    [InlineData("http://sport.riverside-post.example/a", true)]
    [InlineData("https://not-riverside-post.example/a", false)]
    [InlineData("https://riverside-post.example.evil.example/a", false)]
    [InlineData("not a url", false)]
    public void Find_ByHostAndSubdomain(string url, bool found)
    {
        var rule = Load(OneRule).Find(url);

        Assert.Equal(found, rule is not null);
        if (found)
        {
            Assert.Equal("riverside-post.example v2", rule!.Label);
        }
    }

    [Fact]
    public void Find_NoUrl_FallsBackToCanonicalUrl()
    {
        Assert.NotNull(Load(OneRule).Find(null, "https://www.riverside-post.example/news/1"));
    }

    [Theory]
    [InlineData("{ not json", "not valid JSON")]
    [InlineData("""{ "rules": [ { "site": "a.example", "version": 1, "remove": [".x"] } ] }""", "needs a site, a version")]
    [InlineData("""{ "rules": [ { "site": "a.example", "version": 0, "remove": [".x"], "why": "w" } ] }""", "needs a site, a version")]
    [InlineData("""{ "rules": [ { "site": "a.example", "version": 1, "why": "w" } ] }""", "a.example v1 has neither")]
    [InlineData("""{ "rules": [ { "site": "a.example", "version": 1, "remove": ["div[["], "why": "w" } ] }""", "a.example v1 has a selector that does not parse: div[[")]
    [InlineData("""{ "rules": [ { "site": "a.example", "version": 1, "remove": [".x"], "why": "w" }, { "site": "www.a.example", "version": 2, "remove": [".y"], "why": "w" } ] }""", "a.example has two rules")]
    public void Load_BadRule_FormatErrorNamingIt(string json, string message)
    {
        var e = Assert.Throws<FormatException>(() => Load(json));

        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_RemoveRule_DropsBoilerplateAndNamesTheRule()
    {
        var rules = Load("""{ "rules": [ { "site": "riverside-post.example", "version": 3, "remove": [".story-body hr ~ *"], "why": "boilerplate after a rule" } ] }""");
        const string boiler = "The Riverside Post is the town's oldest paper, founded in 1887 and owned by its readers' cooperative since 1990.";
        var html = Pages.Article(insideArticle: $"<hr><p>{boiler}</p>");

        var generic = new HtmlExtractor(new HtmlExtractorOptions { SiteRules = SiteRuleSet.Empty }).Extract(html, "https://www.riverside-post.example/a", CancellationToken.None);
        var ruled = new HtmlExtractor(new HtmlExtractorOptions { SiteRules = rules }).Extract(html, "https://www.riverside-post.example/a", CancellationToken.None);
        var elsewhere = new HtmlExtractor(new HtmlExtractorOptions { SiteRules = rules }).Extract(html, "https://other.example/a", CancellationToken.None);

        Assert.Contains("oldest paper", generic.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("oldest paper", ruled.Text, StringComparison.Ordinal);
        Assert.Contains(Pages.Para4, ruled.Text, StringComparison.Ordinal);
        Assert.Equal("riverside-post.example v3", ruled.SiteRule);
        Assert.Null(elsewhere.SiteRule);
        Assert.Contains("oldest paper", elsewhere.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ContentRule_UsesNamedContainerOverScoring()
    {
        // Generic scoring picks the long unnamed blurb; the rule knows the story is the short "lede" block.
        const string blurb = "Readers can write to the paper about anything at all, and the letters page prints most of what arrives, edited only for length and for clarity.";
        var html = $"""
            <html><head><title>Bridge</title></head><body>
              <div><p>{blurb}</p><p>{blurb}</p><p>{blurb}</p><p>{blurb}</p><p>{blurb}</p></div>
              <div class="lede"><p>{Pages.Para1}</p><p>{Pages.Para2}</p></div>
            </body></html>
            """;
        var rules = Load("""{ "rules": [ { "site": "riverside-post.example", "version": 1, "content": [".lede"], "why": "story in a small block" } ] }""");

        var generic = new HtmlExtractor(new HtmlExtractorOptions { SiteRules = SiteRuleSet.Empty }).Extract(html, "https://riverside-post.example/a", CancellationToken.None);
        var ruled = new HtmlExtractor(new HtmlExtractorOptions { SiteRules = rules }).Extract(html, "https://riverside-post.example/a", CancellationToken.None);

        Assert.Contains("letters page", generic.Text, StringComparison.Ordinal);
        Assert.Equal(string.Join("\n\n", Pages.Para1, Pages.Para2), ruled.Text);
    }

    [Fact]
    public void Extract_ContentRuleMatchingNothing_FallsBackToScoring()
    {
        var rules = Load("""{ "rules": [ { "site": "riverside-post.example", "version": 1, "content": [".gone"], "why": "old template" } ] }""");

        var ruled = new HtmlExtractor(new HtmlExtractorOptions { SiteRules = rules }).Extract(Pages.Article(), "https://riverside-post.example/a", CancellationToken.None);

        Assert.Contains(Pages.Para1, ruled.Text, StringComparison.Ordinal);
    }
}
