using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Triangulate.Core.Pipeline;
using Triangulate.Engine;
using Triangulate.Ingest;
using Triangulate.Reports.Building;
using Triangulate.Reports.Html;
using Triangulate.Reports.Site;
using Triangulate.Server.Api;
using Triangulate.Server.Stories;
using Triangulate.Server.Tests.Support;
using Triangulate.TestKit;

namespace Triangulate.Server.Tests.Browser;

/// <summary>
/// Issue #19, XSS corpus: every payload of the filter-evasion list (Browser/Data/xss-payloads.txt, the families of
/// the OWASP XSS Filter Evasion Cheat Sheet) goes into every text field an article has: title, outlet, byline, URL,
/// article text, a quotation and its speaker, and entity names, through the real pipeline. The HTML report and every
/// page of the web UI (stories, each story, each article, search) are then rendered in Chromium with a dialog
/// listener and a Content-Security-Policy violation listener. Nothing may run, and nothing may be reported.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class XssCorpusTests(BrowserFixture fixture)
{
    private const int PayloadsPerArticle = 6;

    private const string Watch = """
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
        """;

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<string> Payloads { get; } = File.ReadAllLines(Path.Combine(SharedData.RepoRoot, "tests", "Triangulate.Server.Tests", "Browser", "Data", "xss-payloads.txt"))
        .Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

    [ChromiumFact]
    public async Task WebUi_EveryPayloadInEveryField_NothingRunsNothingReported()
    {
        await using var host = await ServerHost.StartAsync(PipelineFactory.CreateFull(), rateLimits: Triangulate.Server.Security.RateLimitOptions.Unlimited);
        var response = await host.Writer.PostAsJsonAsync("/api/ingest", new Triangulate.Server.Ingest.IngestRequest { Format = "jsonl", Content = JsonLines(), Name = "xss.jsonl" });
        response.EnsureSuccessStatusCode();
        var ingested = await response.Content.ReadFromJsonAsync<Triangulate.Server.Ingest.IngestResponse>(Web);
        Assert.Equal((Payloads.Count + PayloadsPerArticle - 1) / PayloadsPerArticle, ingested!.ArticleIds.Count);

        var stories = await host.Client.GetFromJsonAsync<StoryPage>("/api/stories?pageSize=100", Web);
        var routes = new List<string> { "#/", "#/articles", "#/search?q=harbour", "#/search?q=" + Uri.EscapeDataString(Payloads[0]) };
        routes.AddRange(stories!.Items.Select(s => "#/story/" + Uri.EscapeDataString(s.Id)));
        routes.AddRange(ingested.ArticleIds.Select(id => "#/article/" + Uri.EscapeDataString(id)));
        Assert.True(stories.Items.Count > 0, "the real story stages made no story, so story pages went untested");

        var problems = new List<string>();
        var page = await fixture.NewPageAsync(problems);
        await page.AddInitScriptAsync(Watch);
        foreach (var route in routes)
        {
            await page.GotoAsync(host.BaseAddress.AbsoluteUri + route);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await Assertions.Expect(page.Locator("#view")).Not.ToBeEmptyAsync();
            await AssertNothingRanAsync(page, route, problems);
        }

        // The payloads are on the pages, as text.
        await page.GotoAsync(host.BaseAddress.AbsoluteUri + "#/article/" + Uri.EscapeDataString(ingested.ArticleIds[0]));
        await Assertions.Expect(page.Locator("#article-text")).ToContainTextAsync(Payloads[0]);
    }

    [ChromiumFact]
    public async Task HtmlReport_EveryPayloadInEveryField_NothingRunsNothingReported()
    {
        var folder = Directory.CreateTempSubdirectory("triangulate-xss-");
        try
        {
            var input = Path.Combine(folder.FullName, "xss.jsonl");
            await File.WriteAllTextAsync(input, JsonLines());
            var runner = new PipelineRunner(PipelineFactory.CreateFull());
            var result = await new Analyzer(runner, null).RunAsync(new InputReader().ReadAsync([input], CancellationToken.None), new NoProgress(), runCorpus: true, CancellationToken.None);
            Assert.Equal((Payloads.Count + PayloadsPerArticle - 1) / PayloadsPerArticle, result.Articles.Count);
            var dossier = new DossierBuilder(TimeProvider.System).Build(result.Articles, result.Diagnostics, result.Corpus);
            var report = Path.Combine(folder.FullName, "report.html");
            await using (var stream = File.Create(report))
            {
                new HtmlReportWriter().Write(dossier, stream);
            }

            var problems = new List<string>();
            var page = await fixture.NewPageAsync(problems);
            await page.AddInitScriptAsync(Watch);
            await page.GotoAsync(new Uri(report).AbsoluteUri);
            await page.WaitForLoadStateAsync(LoadState.Load);
            await AssertNothingRanAsync(page, "report.html", problems);
            // The payloads are in the report, as text.
            Assert.Contains(Payloads[0], await page.Locator("body").TextContentAsync() ?? "", StringComparison.Ordinal);

            // The same dossier as a site (issue #20): the index, inputs, every story page and every article page.
            var site = new ReportSiteWriter().Write(dossier, Path.Combine(folder.FullName, "site"));
            Assert.Contains(site.PageSizes.Keys, p => p.StartsWith("stories/", StringComparison.Ordinal));
            var siteText = new StringBuilder();
            foreach (var relative in site.PageSizes.Keys)
            {
                await page.GotoAsync(new Uri(Path.Combine(folder.FullName, "site", relative)).AbsoluteUri);
                await page.WaitForLoadStateAsync(LoadState.Load);
                await AssertNothingRanAsync(page, "site/" + relative, problems);
                siteText.Append(await page.Locator("body").TextContentAsync());
            }

            Assert.Contains(Payloads[0], siteText.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The watchers work: markup injected the way a bug would (innerHTML) is reported by the CSP listener, and a
    /// dialog by the dialog listener, so the two tests above can fail.</summary>
    [ChromiumFact]
    public async Task Watchers_CatchAnInjectionAndADialog()
    {
        var problems = new List<string>();
        var page = await fixture.NewPageAsync(problems);
        await page.AddInitScriptAsync(Watch);
        await page.GotoAsync(fixture.Stories.BaseAddress.AbsoluteUri);
        await page.EvaluateAsync("() => { document.getElementById('view').innerHTML = '<img src=x onerror=\"window.__xss=1\">'; }");
        await page.WaitForTimeoutAsync(300);
        var violations = await page.EvaluateAsync<string[]>("() => window.__violations");
        Assert.Contains(violations, v => v.StartsWith("script-src", StringComparison.Ordinal));

        await page.EvaluateAsync("() => setTimeout(() => alert('x'), 0)");
        await page.WaitForTimeoutAsync(300);
        Assert.Contains(problems, p => p.StartsWith("dialog", StringComparison.Ordinal));
    }

    private static async Task AssertNothingRanAsync(IPage page, string where, List<string> problems)
    {
        // Give event-driven payloads (onload, onerror, autofocus, animation) the moment they would need.
        await page.WaitForTimeoutAsync(150);
        var violations = await page.EvaluateAsync<string[]>("() => window.__violations || []");
        Assert.True(violations.Length == 0, $"{where}: CSP violations reported: {string.Join(" | ", violations)}");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"), $"{where}: a payload ran (window.__xss set)");
        Assert.True(problems.Count == 0, $"{where}: {string.Join(" | ", problems)}");
    }

    /// <summary>One JSON Lines record per six payloads, each payload in every field.</summary>
    private static string JsonLines()
    {
        var lines = new StringBuilder();
        for (var a = 0; a * PayloadsPerArticle < Payloads.Count; a++)
        {
            var group = Payloads.Skip(a * PayloadsPerArticle).Take(PayloadsPerArticle).ToList();
            var text = new StringBuilder();
            text.Append($"Mayor Anna Lindqvist said on Tuesday that the harbour vote {a} would go ahead, officials said.\n\n");
            foreach (var p in group)
            {
                text.Append($"\"{p} is what we found in the harbour,\" said {p} Lindqvist, the mayor of {p} Harbour.\n\n");
                text.Append($"Reporters at {p} News and the Harbour {p} Council counted 14 people injured. {p}\n\n");
            }

            var record = new Dictionary<string, string>
            {
                ["id"] = $"xss-{a}",
                ["title"] = $"Harbour vote {a}: {string.Join(' ', group)}",
                ["outlet"] = group[0],
                ["byline"] = "By " + string.Join(" and ", group.Skip(1)),
                ["url"] = a % 2 == 0 ? group[^1] : "https://example.org/news/" + group[^1],
                ["published"] = $"2025-05-{1 + (a % 28):D2}T10:00:00Z",
                ["text"] = text.ToString(),
            };
            lines.Append(JsonSerializer.Serialize(record)).Append('\n');
        }

        return lines.ToString();
    }

    private sealed class NoProgress : IProgressSink
    {
        public void Advance(int articles, long inputUnits)
        {
        }
    }
}
