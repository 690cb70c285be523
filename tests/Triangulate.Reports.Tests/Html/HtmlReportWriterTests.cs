using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Triangulate.Core.Dossier;
using Triangulate.Reports.Html;

namespace Triangulate.Reports.Tests.Html;

public sealed class HtmlReportWriterTests
{
    private const string Xss = "<script>alert(1)</script>";
    private const string JsUrl = "javascript:alert(1)";

    private static readonly Regex AttributeValue = new("\\s(?<name>[a-z-]+)=\"(?<value>[^\"]*)\"", RegexOptions.None, TimeSpan.FromSeconds(5));
    private static readonly Regex Tag = new("<(?<name>[a-zA-Z][a-zA-Z0-9-]*)", RegexOptions.None, TimeSpan.FromSeconds(5));

    [Fact]
    public void Render_HostileArticleStrings_AppearAsTextNeverAsMarkup()
    {
        var html = new HtmlReportWriter().Render(HostileDossier());

        Assert.Equal(1, Count(html, "<script"));
        Assert.DoesNotContain("alert(1)</script>", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotMatch(new Regex("<[a-z][^<>]*\\son[a-z]+\\s*=", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(5)), html);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains(JsUrl, html);
        Assert.All(Tag.Matches(html).Select(m => m.Groups["name"].Value), name => Assert.Contains(name, AllowedTags));
    }

    [Fact]
    public void Render_HostileDossier_EveryLinkIsAnInReportFragment()
    {
        var html = new HtmlReportWriter().Render(HostileDossier());

        var hrefs = AttributeValue.Matches(html).Where(m => m.Groups["name"].Value == "href").Select(m => m.Groups["value"].Value).ToList();

        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, h => Assert.StartsWith("#", h, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_SampleDossier_LoadsNoExternalResources()
    {
        var html = new HtmlReportWriter().Render(SampleDossier.Build());

        Assert.DoesNotMatch(new Regex("""(src|href|action|srcset|poster|data)\s*=\s*"?\s*(https?:|//)""", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(5)), html);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@font-face", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
        // Article URLs are there, as text.
        Assert.Contains(">https://harbour.example/news/1<", html);
    }

    [Fact]
    public void Render_Head_HasStrictCspAllowingOnlyTheInlineStyleAndScriptByHash()
    {
        var html = new HtmlReportWriter().Render(SampleDossier.Build());

        var csp = Regex.Match(html, """<meta http-equiv="Content-Security-Policy" content="(?<p>[^"]+)">""", RegexOptions.None, TimeSpan.FromSeconds(5));
        Assert.True(csp.Success, "CSP meta tag missing");
        var policy = WebUtility.HtmlDecode(csp.Groups["p"].Value);
        Assert.Contains("default-src 'none'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.DoesNotContain("http", policy);
        Assert.Contains($"style-src '{Sha256(Between(html, "<style>", "</style>"))}'", policy);
        Assert.Contains($"script-src '{Sha256(Between(html, "<script>", "</script>"))}'", policy);
        Assert.True(html.IndexOf("Content-Security-Policy", StringComparison.Ordinal) < html.IndexOf("<style>", StringComparison.Ordinal), "the CSP must come before any style");
    }

    [Fact]
    public void Render_Page_IsResponsiveWithDarkModeAndSystemFonts()
    {
        var html = new HtmlReportWriter().Render(SampleDossier.Build());

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", html);
        Assert.Contains("prefers-color-scheme:dark", html);
        Assert.Contains("system-ui", html);
        Assert.Contains("@media (max-width:", html);
    }

    [Fact]
    public void Render_RemovedBoilerplate_ShownOnDemandInDetails()
    {
        var html = new HtmlReportWriter().Render(SampleDossier.Build());

        var details = Between(html, "<details class=\"removed\">", "</details>");
        Assert.Contains("<summary>Removed while cleaning (2)</summary>", details);
        Assert.Contains("copyright", details);
        Assert.Contains("© 2025 Harbour Times. All rights reserved.", details);
        Assert.Equal(1, Count(html, "All rights reserved."));
    }

    [Fact]
    public void Render_Overview_CountsInputsArticlesAndDiagnosticsByLevel()
    {
        var html = new HtmlReportWriter().Render(SampleDossier.Build());
        var overview = Between(html, "<section id=\"overview\">", "</section>");

        Assert.Contains("<dt>Inputs</dt><dd>6</dd>", overview); // 3 articles' inputs + corpus + 2 failed inputs
        Assert.Contains("<dt>Articles</dt><dd>3</dd>", overview);
        Assert.Contains("<dt>Stories</dt><dd>1</dd>", overview);
        Assert.Contains("<dt>Errors</dt><dd>1</dd>", overview);
        Assert.Contains("<dt>Warnings</dt><dd>1</dd>", overview);
        Assert.Contains("<dt>Notes</dt><dd>1</dd>", overview);
    }

    [Fact]
    public void Render_Inputs_ListsFailedInputsToo()
    {
        var html = new HtmlReportWriter().Render(SampleDossier.Build());
        var inputs = Between(html, "<section id=\"inputs\">", "</section>");

        Assert.Contains("<code>samples/demo/missing.html</code>", inputs);
        Assert.Contains("<code>samples/demo/harbour-01.html</code>", inputs);
    }

    [Fact]
    public void Render_Diagnostics_TableWithLevelCodeInputMessage()
    {
        var html = new HtmlReportWriter().Render(SampleDossier.Build());
        var table = Between(html, "<section id=\"diagnostics\">", "</section>");

        Assert.Contains("<tr class=\"level-warning\"><td><span class=\"badge\">warning</span></td><td><code>TRI2003</code></td><td><code>samples/demo/login.html</code></td><td>no article text found (page is a login wall?)</td></tr>", table);
    }

    [Fact]
    public void Render_Articles_ShowMetadataAndMarkDerivedTitles()
    {
        var html = new HtmlReportWriter().Render(SampleDossier.Build());
        var wire = Between(html, "<article class=\"article\" id=\"art-0\">", "</article>");
        var harbour = Between(html, "<article class=\"article\" id=\"art-1\">", "</article>");
        var blog = Between(html, "<article class=\"article\" id=\"art-2\">", "</article>");

        Assert.Contains("derived title", wire);
        Assert.DoesNotContain("derived title", harbour);
        Assert.Contains("<dd>Harbour Times</dd>", harbour);
        Assert.Contains("<time datetime=\"2025-09-28T08:00:00Z\">2025-09-28 08:00 UTC</time>", harbour);
        Assert.Contains("<time datetime=\"2025-09-28T08:00:00+02:00\">2025-09-28 08:00 +02:00</time>", wire);
        Assert.Contains("<dt>Published</dt><dd><span class=\"muted\">unknown</span></dd>", blog);
        Assert.Contains("<dd>Coastal Wire</dd>", harbour);
    }

    [Theory]
    [InlineData("pt-BR", " lang=\"pt-BR\"")]
    [InlineData("en\"><b>", "")]
    [InlineData(null, "")]
    public void Render_ArticleText_CarriesOnlyWellFormedLanguageTags(string? language, string expected)
    {
        var article = new DossierArticle { Id = "a-1", Input = "x", Text = "t", Language = language };

        var html = new HtmlReportWriter().Render(new DossierDocument { GeneratedAt = SampleDossier.Now, Articles = [article] });

        Assert.Contains($"<div class=\"text\"{expected}>t</div>", html);
    }

    [Fact]
    public void Render_StoryHeader_UsesCountingRule()
    {
        var html = new HtmlReportWriter().Render(SampleDossier.Build());

        Assert.Contains("<strong>2 independent sources (3 articles)</strong>", html);
    }

    [Fact]
    public void Render_SampleDossier_RendersEveryStorySection()
    {
        var html = new HtmlReportWriter().Render(SampleDossier.Build());

        foreach (var title in new[] { "Summary", "Conflicts", "Claims", "Timeline", "Quotes", "Lineages", "Entities", "Quantities", "Framing" })
        {
            Assert.Contains($"<h4>{title}</h4>", html);
        }
    }

    [Fact]
    public void Render_EntityKnownFromCredits_ShowsTheCreditLine()
    {
        var html = new HtmlReportWriter().Render(SampleDossier.Build());

        Assert.Contains("<strong>Coastal Wire</strong>", html);
        Assert.Contains("credited as a source in 1 article: <q>With inputs from Coastal Wire</q>", html);
    }

    [Fact]
    public void Render_StoryWithoutSections_RendersNoSectionAndEmptyListSaysNoneFound()
    {
        var dossier = SampleDossier.BuildWithoutStories();
        dossier.Stories = [new DossierStory { Id = "s1", ArticleIds = [dossier.Articles[0].Id], Conflicts = [] }];

        var html = new HtmlReportWriter().Render(dossier);

        Assert.DoesNotContain("<h4>Summary</h4>", html);
        Assert.DoesNotContain("<h4>Lineages</h4>", html);
        Assert.Contains("<h4>Conflicts</h4>\n<p class=\"muted\">None found.</p>", html);
        Assert.Contains("<strong>1 article</strong>", html);
    }

    [Fact]
    public void Render_EmptyDossier_RendersOverviewOnly()
    {
        var html = new HtmlReportWriter().Render(new DossierDocument { GeneratedAt = SampleDossier.Now });

        Assert.Contains("<dt>Articles</dt><dd>0</dd>", html);
        Assert.DoesNotContain("id=\"articles\"", html);
        Assert.DoesNotContain("id=\"diagnostics\"", html);
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoStories_OmitsStoriesSection()
    {
        var html = new HtmlReportWriter().Render(SampleDossier.BuildWithoutStories());

        Assert.DoesNotContain("id=\"stories\"", html);
        Assert.DoesNotContain("href=\"#stories\"", html);
        Assert.Contains("id=\"articles\"", html);
    }

    [Fact]
    public void Render_EvidenceAfterEmoji_LinksToMarkHoldingExactlyTheCitedText()
    {
        var html = new HtmlReportWriter().Render(SampleDossier.Build());
        var cited = SampleDossier.Ev(SampleDossier.Wire, "Eleven people");

        var mark = Regex.Match(html, """<mark id="(?<id>m0-\d+)">(?<text>[^<]*)</mark>""", RegexOptions.None, TimeSpan.FromSeconds(5));
        Assert.True(mark.Success);
        Assert.Equal(cited.Text, WebUtility.HtmlDecode(mark.Groups["text"].Value));
        Assert.Contains($"<q>Eleven people</q> — <a href=\"#{mark.Groups["id"].Value}\" class=\"cite\">Coastal Wire</a>", html);
    }

    [Fact]
    public void Render_ArticleText_KeepsEveryCharacterAroundMarks()
    {
        var html = new HtmlReportWriter().Render(SampleDossier.Build());

        for (var i = 0; i < 3; i++)
        {
            var body = Between(html, $"<article class=\"article\" id=\"art-{i}\">", "</article>");
            var text = Regex.Replace(Between(body, "<div class=\"text\" lang=\"en\">", "</div>"), "</?mark[^>]*>", "", RegexOptions.None, TimeSpan.FromSeconds(5));
            Assert.Equal(SampleDossier.Articles[i].Text, WebUtility.HtmlDecode(text));
        }
    }

    [Fact]
    public void Render_OverlappingAndInvalidSpans_MergedOrSkippedNeverNested()
    {
        var dossier = SampleDossier.Build();
        var h = SampleDossier.Harbour;
        var a = SampleDossier.Ev(h, "Mayor Aurélie");
        var b = SampleDossier.Ev(h, "Aurélie Novak");
        dossier.Stories![0].Summary = [new DossierSummarySentence("s", [a, b, new Evidence(h.Id, -4, 2, "x"), new Evidence(h.Id, 5, 99999, "x"), new Evidence("a-none", 0, 1, "x")])];

        var html = new HtmlReportWriter().Render(dossier);

        Assert.Contains("Mayor Aurélie Novak</mark>", html);
        Assert.DoesNotMatch(new Regex("<mark[^>]*>[^<]*<mark", RegexOptions.None, TimeSpan.FromSeconds(5)), html);
        Assert.Contains("<span class=\"missing\">a-none</span>", html);
    }

    [Fact]
    public void Write_Stream_IsUtf8WithoutBom()
    {
        using var stream = new MemoryStream();

        new HtmlReportWriter().Write(SampleDossier.Build(), stream);

        var bytes = stream.ToArray();
        Assert.Equal((byte)'<', bytes[0]);
        Assert.Contains("Aurélie", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Render_CustomSection_WrittenInOrderWithNavigation()
    {
        var sections = HtmlReportWriter.DefaultSections();
        sections.Add(new NoteSection());

        var html = new HtmlReportWriter(sections, HtmlReportWriter.DefaultStorySections()).Render(SampleDossier.Build());

        Assert.Contains("<li><a href=\"#note\">Note</a></li>\n", html);
        Assert.True(html.IndexOf("id=\"note\"", StringComparison.Ordinal) < html.IndexOf("id=\"articles\"", StringComparison.Ordinal));
        Assert.Contains("<section id=\"note\"><h2>Note</h2>\n<p>3 articles</p>\n</section>", html);
    }

    private sealed class NoteSection : IReportSection
    {
        public int Order => 25;

        public string Id => "note";

        public string Title => "Note";

        public bool HasContent(ReportContext context) => true;

        public void Render(ReportContext context, HtmlWriter html) =>
            html.Element("p", ReportFormat.Plural(context.Dossier.Articles.Count, "article"));
    }

    internal static readonly HashSet<string> AllowedTags =
    [
        "html", "head", "meta", "title", "style", "body", "header", "nav", "main", "section", "article", "h1", "h2", "h3", "h4",
        "p", "ul", "ol", "li", "dl", "dt", "dd", "div", "span", "strong", "code", "q", "a", "mark", "time", "details", "summary",
        "table", "thead", "tbody", "tr", "th", "td", "script", "caption", "label", "input", "output", "figure", "figcaption",
        "svg", "polyline", "g", "circle", "rect", "line", "path", "text",
    ];

    internal static DossierDocument HostileDossier()
    {
        var text = $"Before {Xss} <img src=x onerror=alert(2)> after & \"quotes\" 'single'";
        var article = new DossierArticle
        {
            Id = "a-\"><script>alert(3)</script>",
            Input = $"in{Xss}.html",
            Outlet = $"Outlet{Xss}",
            Title = $"Title{Xss}",
            Byline = $"By {Xss}",
            Language = "en\"><script>",
            Url = JsUrl,
            Text = text,
            Removed = [new DossierRemoved($"kind{Xss}", $"removed{Xss}")],
            CreditedSources = [Xss],
            Dateline = Xss,
            LineageId = Xss,
        };
        var evidence = new Evidence(article.Id, 7, Xss.Length, Xss);
        return new DossierDocument
        {
            GeneratedAt = SampleDossier.Now,
            Articles = [article],
            Stories =
            [
                new DossierStory
                {
                    Id = Xss, Title = Xss, ArticleIds = [article.Id, Xss],
                    Lineages = [new DossierLineage { Id = Xss, ArticleIds = [article.Id], Origin = new DossierOrigin(Xss, Xss), Evidence = [evidence] }],
                    IndependentSources = 1,
                    Entities = [new DossierEntity { Id = Xss, Name = Xss, Type = Xss, Aliases = [Xss], Mentions = [evidence], Descriptors = [new DossierDescriptor(Xss, article.Id, 7, 3)] }],
                    Quotes = [new DossierQuoteFamily { Id = Xss, Speaker = Xss, Text = Xss, Occurrences = [new DossierQuoteOccurrence(article.Id, 7, 3, Xss, Xss, Xss)], Variants = [new DossierQuoteVariant([Xss], Xss)] }],
                    Quantities = [new DossierQuantity { Value = 1, Unit = Xss, About = Xss, Evidence = [evidence], Counted = Xss, Bound = Xss, Scope = Xss, Source = Xss }],
                    FigureTracks =
                    [
                        new DossierFigureTrack
                        {
                            Id = Xss, Counted = Xss, Scope = Xss, About = Xss, Assessment = Xss,
                            Steps = [new DossierTrackStep { MeasurementIndexes = [0], Value = 1, Bound = Xss, ArticleIds = [article.Id, Xss], Step = Xss }],
                        },
                    ],
                    Claims = [new DossierClaim { Id = Xss, Text = Xss, Status = Xss, ArticleIds = [article.Id], Evidence = [evidence] }],
                    Conflicts =
                    [
                        new DossierConflict { Kind = Xss, About = Xss, Assessment = Xss, Sides = [new DossierConflictSide(Xss, null, [article.Id], [evidence])] },
                        new DossierConflict
                        {
                            Kind = Xss, About = Xss, Assessment = Xss, TrackId = Xss,
                            Sides = [new DossierConflictSide(Xss, 1, [article.Id], [evidence]) { Source = Xss, Bound = Xss, Step = Xss }, new DossierConflictSide(Xss, 2, [Xss], [evidence])],
                        },
                    ],
                    Timeline = [new DossierTimelineEntry { Date = Xss, Precision = Xss, Event = Xss, Expression = Xss, Evidence = [evidence] }],
                    Framing = [new DossierFraming(Xss, Xss, [Xss], [evidence])],
                    Summary = [new DossierSummarySentence(Xss, [evidence])],
                },
            ],
            Diagnostics = [new DossierDiagnostic(Xss, Xss, Xss, Xss), new DossierDiagnostic(JsUrl, "error", "TRI1001", JsUrl)],
        };
    }

    private static string Between(string s, string start, string end)
    {
        var i = s.IndexOf(start, StringComparison.Ordinal);
        Assert.True(i >= 0, $"'{start}' not found");
        i += start.Length;
        var j = s.IndexOf(end, i, StringComparison.Ordinal);
        Assert.True(j >= 0, $"'{end}' not found after '{start}'");
        return s[i..j];
    }

    private static int Count(string s, string what) => Regex.Matches(s, Regex.Escape(what), RegexOptions.None, TimeSpan.FromSeconds(5)).Count;

    private static string Sha256(string content) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
