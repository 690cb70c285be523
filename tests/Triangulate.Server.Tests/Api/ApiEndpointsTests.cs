using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Triangulate.Server.Api;
using Triangulate.Server.Ingest;
using Triangulate.Server.Stories;
using Triangulate.Server.Tests.Support;

namespace Triangulate.Server.Tests.Api;

public sealed class ApiEndpointsTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Health_FreshStore_ReportsZeroArticles()
    {
        await using var host = await ServerHost.StartAsync();
        var health = await host.Client.GetFromJsonAsync<HealthReport>("/health", Web);
        Assert.Equal("ok", health!.Status);
        Assert.Equal(0, health.Articles);
        Assert.False(health.StoriesAvailable);
    }

    [Fact]
    public async Task Ingest_Text_ArticleIsStoredAndReadable()
    {
        await using var host = await ServerHost.StartAsync();
        var id = await host.IngestTextAsync("The harbour bridge reopened on Monday after repairs.", title: "Bridge reopens", outlet: "Test Post");

        var view = await host.Client.GetFromJsonAsync<ArticleView>($"/api/articles/{id}", Web);
        Assert.Equal("Bridge reopens", view!.Article.Title);
        Assert.Equal("Test Post", view.Article.Outlet);
        Assert.Contains("harbour bridge reopened", view.Article.Text, StringComparison.Ordinal);

        var list = await host.Client.GetFromJsonAsync<ArticleListPage>("/api/articles", Web);
        Assert.Equal(1, list!.Total);
        Assert.Equal(id, list.Items.Single().Id);
    }

    [Fact]
    public async Task Ingest_SameTextTwice_SecondIsAlreadyStored()
    {
        await using var host = await ServerHost.StartAsync();
        var request = new IngestRequest { Format = "text", Content = "One article, sent twice." };
        await host.Writer.PostAsJsonAsync("/api/ingest", request);
        var second = await (await host.Writer.PostAsJsonAsync("/api/ingest", request)).Content.ReadFromJsonAsync<IngestResponse>(Web);
        Assert.Equal(0, second!.Added);
        Assert.Equal(1, second.AlreadyStored);
    }

    [Fact]
    public async Task Ingest_JsonLinesBatch_StoresEachLineAndReportsBadLine()
    {
        await using var host = await ServerHost.StartAsync();
        const string batch = """
            {"title":"One","outlet":"A","text":"First article body about the ferry."}
            {"title":"Two","outlet":"B","text":"Second article body about the ferry."}
            not json
            """;
        var response = await host.Writer.PostAsJsonAsync("/api/ingest", new IngestRequest { Format = "jsonl", Content = batch, Name = "batch.jsonl" });
        var body = await response.Content.ReadFromJsonAsync<IngestResponse>(Web);
        Assert.Equal(2, body!.Added);
        Assert.Contains(body.Diagnostics, d => d.Input == "batch.jsonl:3" && d.Level == "error");
    }

    [Fact]
    public async Task Ingest_Html_ExtractsMainText()
    {
        await using var host = await ServerHost.StartAsync();
        const string html = "<html><head><title>Ferry strike ends</title></head><body><nav>Home | World</nav><article><h1>Ferry strike ends</h1><p>Ferry crews returned to work on Tuesday after a three-day strike over pay, the union said.</p><p>Services will run normally from Wednesday morning.</p></article></body></html>";
        var response = await host.Writer.PostAsJsonAsync("/api/ingest", new IngestRequest { Format = "html", Content = html });
        var id = (await response.Content.ReadFromJsonAsync<IngestResponse>(Web))!.ArticleIds.Single();
        var view = await host.Client.GetFromJsonAsync<ArticleView>($"/api/articles/{id}", Web);
        Assert.Contains("three-day strike", view!.Article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pdf", "x")]
    [InlineData("text", "")]
    [InlineData("url", null)]
    public async Task Ingest_BadRequest_Returns422(string format, string? content)
    {
        await using var host = await ServerHost.StartAsync();
        var response = await host.Writer.PostAsJsonAsync("/api/ingest", new IngestRequest { Format = format, Content = content });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task Search_StoredWord_FindsArticle()
    {
        await using var host = await ServerHost.StartAsync();
        var id = await host.IngestTextAsync("Volunteers counted seventeen herons at the estuary.");
        await host.IngestTextAsync("An unrelated article about trains.");
        var result = await host.Client.GetFromJsonAsync<SearchResponse>("/api/search?q=herons", Web);
        Assert.Equal(id, result!.Hits.Single().Id);
        Assert.Contains("**herons**", result.Hits[0].Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_EmptyQuery_Returns400()
    {
        await using var host = await ServerHost.StartAsync();
        var response = await host.Client.GetAsync("/api/search?q=");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Article_Unknown_Returns404()
    {
        await using var host = await ServerHost.StartAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/api/articles/nope")).StatusCode);
    }

    [Fact]
    public async Task Stories_NoClusteringStage_EmptyAndUnavailable()
    {
        await using var host = await ServerHost.StartAsync();
        await host.IngestTextAsync("Something happened at the harbour.");
        var page = await host.Client.GetFromJsonAsync<StoryPage>("/api/stories", Web);
        Assert.False(page!.Available);
        Assert.Empty(page.Items);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/api/stories/any")).StatusCode);
    }

    [Fact]
    public async Task Stories_WithClusteringStage_ListAndDetail()
    {
        await using var host = await ServerHost.StartAsync(FakeStages.WithStories());
        await host.LoadDemoAsync();
        await host.FlushAsync();
        var page = await host.Client.GetFromJsonAsync<StoryPage>("/api/stories", Web);
        var summary = page!.Items[0];
        Assert.True(page.Available);
        Assert.True(summary.ArticleCount >= 10);
        Assert.Equal(page.Total, page.Items.Count);
        Assert.NotNull(summary.LastChange);

        var detail = await host.Client.GetFromJsonAsync<StoryDetail>($"/api/stories/{summary.Id}", Web);
        Assert.Equal(summary.ArticleCount, detail!.Articles.Count);
        Assert.NotNull(detail.Story.Summary);
        Assert.Null(detail.Story.Conflicts);
        Assert.False(detail.Pending);
    }

    [Fact]
    public async Task StoryDetail_AbsentSections_OmittedFromJson()
    {
        await using var host = await ServerHost.StartAsync(FakeStages.WithStories());
        await host.IngestTextAsync("A single article. It forms a story.");
        await host.FlushAsync();
        var json = await host.Client.GetStringAsync($"/api/stories/{await host.FirstStoryIdAsync()}");
        Assert.Contains("\"summary\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"conflicts\"", json, StringComparison.Ordinal);
    }

    /// <summary>Every demo story gets the stand-in entities "Harbour Bridge" (alias "the bridge"): -1 means all stories.</summary>
    [Theory]
    [InlineData("?outlet=nobody", 0)]
    [InlineData("?outlet=the%20alcena%20cour", 1)]
    [InlineData("?entity=harbour", -1)]
    [InlineData("?entity=the%20bridge", -1)]
    [InlineData("?entity=zebra", 0)]
    [InlineData("?from=2099-01-01T00:00:00Z", 0)]
    [InlineData("?sort=newest&page=2", 0)]
    public async Task Stories_Filters_Apply(string query, int expected)
    {
        await using var host = await ServerHost.StartAsync(FakeStages.WithStories());
        await host.LoadDemoAsync();
        await host.FlushAsync();
        var all = await host.Client.GetFromJsonAsync<StoryPage>("/api/stories", Web);
        var page = await host.Client.GetFromJsonAsync<StoryPage>("/api/stories" + query, Web);
        Assert.Equal(expected < 0 ? all!.Total : expected, page!.Items.Count);
    }

    [Fact]
    public async Task Stories_AfterIngest_ReadFromTheStoreWithoutRecomputing()
    {
        await using var host = await ServerHost.StartAsync(FakeStages.WithStories());
        await host.IngestTextAsync("Engineers closed the Harbour Bridge after finding a crack in its main span. Traffic was diverted.");
        var before = await host.Client.GetFromJsonAsync<StoryPage>("/api/stories", Web);
        await host.IngestTextAsync("The Harbour Bridge stays closed while engineers study the crack in its main span. Traffic is diverted.");
        var after = await host.Client.GetFromJsonAsync<StoryPage>("/api/stories", Web);
        Assert.Equal(1, before!.Items.Sum(s => s.ArticleCount));
        Assert.Equal(2, after!.Items.Sum(s => s.ArticleCount));
    }

    [Fact]
    public async Task Article_WithEntityStage_ReturnsAnnotations()
    {
        await using var host = await ServerHost.StartAsync(FakeStages.WithStories());
        var id = await host.IngestTextAsync("Officials in Alcena closed the bridge.");
        var view = await host.Client.GetFromJsonAsync<ArticleView>($"/api/articles/{id}", Web);
        Assert.Contains("entities", view!.Layers);
        var alcena = Assert.Single(view.Annotations, a => a.Text == "Alcena");
        Assert.Equal(view.Article.Text.IndexOf("Alcena", StringComparison.Ordinal), alcena.Start);
    }

    [Fact]
    public async Task Metrics_CountRequests()
    {
        await using var host = await ServerHost.StartAsync();
        await host.Client.GetAsync("/api/search?q=x");
        await host.Client.GetAsync("/api/articles/none");
        var metrics = await host.Client.GetFromJsonAsync<MetricsReport>("/api/metrics", Web);
        Assert.Equal(1, metrics!.Searches);
        Assert.True(metrics.Requests >= 2);
        Assert.True(metrics.ClientErrors >= 1);
    }
}
