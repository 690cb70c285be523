using System.Text.RegularExpressions;
using Triangulate.Core.Dossier;
using Triangulate.Reports.Site;
using Triangulate.Reports.Tests.Html;

namespace Triangulate.Reports.Tests.Site;

public sealed class ReportSiteWriterTests : IDisposable
{
    private static readonly Regex Href = new("\\shref=\"(?<v>[^\"]*)\"", RegexOptions.None, TimeSpan.FromSeconds(5));
    private static readonly Regex Tag = new("<(?<name>[a-zA-Z][a-zA-Z0-9-]*)", RegexOptions.None, TimeSpan.FromSeconds(5));
    private static readonly Regex Id = new("\\sid=\"(?<v>[^\"]*)\"", RegexOptions.None, TimeSpan.FromSeconds(5));

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("triangulate-site-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Write_SampleDossier_IndexStoryArticlesAndInputsPages()
    {
        var site = new ReportSiteWriter().Write(SampleDossier.Build(), _folder.FullName);

        Assert.Equal(Path.Combine(_folder.FullName, "index.html"), site.IndexPath);
        Assert.Equal(["index.html", "inputs.html", "stories/s1.html", "stories/s1_articles.html"], site.PageSizes.Keys.Order(StringComparer.Ordinal));
        var index = Read("index.html");
        Assert.Contains("<a href=\"stories/s1.html\">", index, StringComparison.Ordinal);
        Assert.Contains("id=\"story-table\"", index, StringComparison.Ordinal);
        Assert.Contains("id=\"story-filter-box\" hidden=\"\"", index, StringComparison.Ordinal);
        var inputs = Read("inputs.html");
        Assert.Contains("samples/demo/harbour-01.html", inputs, StringComparison.Ordinal);
        Assert.Contains("href=\"stories/s1_articles.html#art-", inputs, StringComparison.Ordinal);
        Assert.Contains("<section id=\"diagnostics\">", inputs, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_StoryPage_SummaryFirstThenChartsAndPartsInOrder()
    {
        new ReportSiteWriter().Write(SampleDossier.Build(), _folder.FullName);
        var page = Read("stories/s1.html");

        var order = new[] { "id=\"summary\"", "id=\"coverage\"", "id=\"conflicts\"", "id=\"claims\"", "id=\"quotes\"", "id=\"timeline\"", "id=\"framing\"", "id=\"lineage\"" }
            .Select(s => page.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
        Assert.Contains("<details class=\"claim-group\"", page, StringComparison.Ordinal);
        Assert.Contains("<svg viewbox=", page, StringComparison.Ordinal);
        // Citations lead to the marked span on the story's article page; the article texts are not on this page.
        Assert.Contains("href=\"s1_articles.html#m", page, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"text\"", page, StringComparison.Ordinal);
        var texts = Read("stories/s1_articles.html");
        Assert.Contains("<mark id=\"m", texts, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EveryLinkResolvesToAPageAndAnAnchorOfTheSite()
    {
        new ReportSiteWriter().Write(SampleDossier.Build(), _folder.FullName);
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var pages = Directory.EnumerateFiles(_folder.FullName, "*.html", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(_folder.FullName, p).Replace('\\', '/')).ToList();
        foreach (var page in pages)
        {
            ids[page] = [.. Id.Matches(Read(page)).Select(m => m.Groups["v"].Value)];
        }

        foreach (var page in pages)
        {
            foreach (var href in Href.Matches(Read(page)).Select(m => m.Groups["v"].Value))
            {
                var hash = href.IndexOf('#', StringComparison.Ordinal);
                var target = hash == 0 ? page : Normalize(page, hash < 0 ? href : href[..hash]);
                Assert.True(ids.ContainsKey(target), $"{page}: {href} leads to no page");
                if (hash >= 0)
                {
                    Assert.True(ids[target].Contains(href[(hash + 1)..]), $"{page}: {href} leads to no anchor");
                }
            }
        }
    }

    [Fact]
    public void Write_HostileDossier_NothingBecomesMarkupAndNoPathComesFromInput()
    {
        var site = new ReportSiteWriter().Write(HtmlReportWriterTests.HostileDossier(), _folder.FullName);

        Assert.Contains("stories/story-0.html", site.PageSizes.Keys);
        foreach (var page in site.PageSizes.Keys)
        {
            var html = Read(page);
            Assert.Equal(1, Regex.Count(html, "<script", RegexOptions.None, TimeSpan.FromSeconds(5)));
            Assert.DoesNotContain("alert(1)</script>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
            Assert.DoesNotMatch(new Regex("<[a-z][^<>]*\\son[a-z]+\\s*=", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(5)), html);
            Assert.All(Href.Matches(html).Select(m => m.Groups["v"].Value), h => Assert.Matches("^(#|(\\.\\./)?[a-z0-9_/-]+\\.html(#|$))", h));
            Assert.All(Tag.Matches(html).Select(m => m.Groups["name"].Value), name => Assert.Contains(name, HtmlReportWriterTests.AllowedTags));
            Assert.Contains("Content-Security-Policy", html, StringComparison.Ordinal);
        }

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", Read("stories/story-0.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NoStories_IndexSaysSoAndArticlesPageHoldsEveryArticle()
    {
        var dossier = SampleDossier.BuildWithoutStories();
        var site = new ReportSiteWriter().Write(dossier, _folder.FullName);

        Assert.Contains("clustering stage did not run", Read("index.html"), StringComparison.Ordinal);
        Assert.Contains("articles.html", site.PageSizes.Keys);
        var articles = Read("articles.html");
        Assert.All(dossier.Articles, a => Assert.Contains(a.Id, articles, StringComparison.Ordinal));
    }

    [Fact]
    public void Write_HundredArticleStory_StoryPageUnderOneMegabyte()
    {
        var dossier = BigStory.Build(articles: 100, claimsPerArticle: 6);
        var site = new ReportSiteWriter().Write(dossier, _folder.FullName);

        var story = site.LargestStoryPage!.Value;
        Assert.Equal("stories/s1.html", story.Key);
        Assert.InRange(story.Value, 10_000, 1_000_000);
        Assert.Equal(100, Regex.Count(Read("stories/s1.html"), "<circle ", RegexOptions.None, TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void Write_Revisions_IndexShowsTheLastChangeAWatcherSaw()
    {
        var dossier = SampleDossier.Build();
        Assert.DoesNotContain("Last change", Index(dossier), StringComparison.Ordinal);

        var seen = new DateTimeOffset(2025, 10, 1, 9, 30, 0, TimeSpan.Zero);
        dossier.Articles[0].Revisions = [new DossierRevision { Number = 1, ArticleId = "r1", SeenAt = seen.AddDays(-1) }, new DossierRevision { Number = 2, ArticleId = "r2", SeenAt = seen }];
        var index = Index(dossier);

        Assert.Contains(">Last change</th>", index, StringComparison.Ordinal);
        Assert.Contains($"data-v=\"{seen.ToUnixTimeSeconds()}\"><time datetime=\"2025-10-01T09:30:00Z\">", index, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_LongLists_CappedOnTheStoryPageWithACount()
    {
        var dossier = BigStory.Build(articles: 300, claimsPerArticle: 3);
        var story = dossier.Stories![0];
        story.Quantities = [.. Enumerable.Range(0, 1000).Select(i => new DossierQuantity { Value = i, About = "figure" })];
        new ReportSiteWriter().Write(dossier, _folder.FullName);
        var page = Read("stories/s1.html");

        Assert.Contains("Showing 200 of 1,000; dossier.json holds them all.", page, StringComparison.Ordinal);
        Assert.Contains("Showing 200 of 300; dossier.json holds them all.", page, StringComparison.Ordinal); // timeline, quotes
        Assert.Contains("Showing 300 of 600; dossier.json holds them all.", page, StringComparison.Ordinal); // unique claims
        Assert.True(new FileInfo(Path.Combine(_folder.FullName, "stories", "s1.html")).Length < 1_000_000);
    }

    private string Index(DossierDocument dossier)
    {
        new ReportSiteWriter().Write(dossier, _folder.FullName);
        return Read("index.html");
    }

    private string Read(string page) => File.ReadAllText(Path.Combine(_folder.FullName, page));

    private static string Normalize(string from, string href)
    {
        var folder = from.Contains('/', StringComparison.Ordinal) ? from[..from.LastIndexOf('/')] : "";
        var path = href.StartsWith("../", StringComparison.Ordinal) ? href[3..] : (folder.Length == 0 ? href : folder + "/" + href);
        return path;
    }
}
