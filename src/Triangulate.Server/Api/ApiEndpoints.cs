using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Storage;
using Triangulate.Engine.Living;
using Triangulate.Reports.Building;
using Triangulate.Server.Ingest;
using Triangulate.Server.Security;
using Triangulate.Server.Stories;

namespace Triangulate.Server.Api;

/// <summary>The HTTP API. Handlers are thin: they validate, call a service, and shape the response.</summary>
public static class ApiEndpoints
{
    public const int MaxSearchLimit = 100;

    public static void Map(IEndpointRouteBuilder app, ServerOptions options)
    {
        var api = app.MapGroup("/api");
        api.MapPost("/ingest", IngestAsync).RequireAuthorization(ApiKeyDefaults.WritePolicy).AddOpenApiOperationTransformer(IngestRequestBody.DescribeAsync)
            .WithName("Ingest").WithTags("Ingest")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status503ServiceUnavailable).WithSummary("Ingest text, HTML, a JSON Lines batch or a URL; runs the pipeline and stores new articles (needs X-Api-Key).");
        api.MapGet("/stories", ListStoriesAsync).WithName("ListStories").WithTags("Stories").WithSummary("Stories, filtered by date range, outlet and entity, sorted and paged.");
        api.MapGet("/stories/{id}", GetStoryAsync).WithName("GetStory").WithTags("Stories").WithSummary("One story's dossier section and its articles.");
        api.MapGet("/articles", ListArticlesAsync).WithName("ListArticles").WithTags("Articles").WithSummary("Stored articles, newest first.");
        api.MapGet("/articles/{id}", GetArticleAsync).WithName("GetArticle").WithTags("Articles").WithSummary("One article with its annotation layers.");
        api.MapGet("/search", SearchAsync).WithName("Search").WithTags("Search").ProducesProblem(StatusCodes.Status400BadRequest).WithSummary("Full-text search over titles and texts (SQLite FTS5), best first.");
        app.MapGet("/health", HealthAsync).WithName("Health").WithTags("Operations").WithSummary("Liveness and store size.");
        // GET /metrics is Prometheus text (TriangulateServer.MetricsPath); this is the same counters as JSON.
        api.MapGet("/metrics", (ServerMetrics metrics) => TypedResults.Ok(metrics.Snapshot())).WithName("Metrics").WithTags("Operations").WithSummary("Request and pipeline counters since start (Prometheus text: GET /metrics).");
    }

    /// <summary>
    /// Reads the body itself rather than binding <see cref="IngestRequest"/> as a parameter: a bound body adds a
    /// content-type constraint that routing enforces (415) before authorization runs, so an unauthenticated caller
    /// would learn about the body instead of getting 401. Here the caller is known before a byte is read.
    /// </summary>
    private static async Task<Results<Ok<IngestResponse>, ProblemHttpResult>> IngestAsync(HttpRequest http, IngestService ingest, ServerMetrics metrics, CancellationToken ct)
    {
        metrics.Ingest();
        if (!http.HasJsonContentType())
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type", detail: "send the ingest request as application/json");
        }

        IngestRequest? request;
        try
        {
            request = await http.ReadFromJsonAsync<IngestRequest>(ct);
        }
        catch (JsonException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed JSON", detail: $"the request body is not a valid ingest request: {ex.Message}");
        }
        catch (BadHttpRequestException ex)
        {
            return TypedResults.Problem(statusCode: ex.StatusCode, title: ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request too large" : "Bad request", detail: ex.Message);
        }

        if (request is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed JSON", detail: "the request body is empty or null");
        }

        try
        {
            return TypedResults.Ok(await ingest.IngestAsync(request, ct));
        }
        catch (IngestRejectedException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Cannot ingest", detail: ex.Message);
        }
        catch (StoreException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Store unavailable", detail: ex.Message);
        }
    }

    private static async Task<Ok<StoryPage>> ListStoriesAsync(
        StoryService stories, ServerMetrics metrics,
        DateTimeOffset? from = null, DateTimeOffset? to = null, string? outlet = null, string? entity = null,
        string? sort = null, int page = 1, int pageSize = 20, CancellationToken ct = default)
    {
        metrics.StoryRead();
        return TypedResults.Ok(await stories.QueryAsync(new StoryQuery(from, to, outlet, entity, sort, page, pageSize), ct));
    }

    private static async Task<Results<Ok<StoryDetail>, NotFound>> GetStoryAsync(string id, StoryService stories, ServerMetrics metrics, CancellationToken ct)
    {
        metrics.StoryRead();
        return await stories.FindAsync(id, ct) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();
    }

    private static async Task<Ok<ArticleListPage>> ListArticlesAsync(IArticleStore store, int offset = 0, int limit = 50, CancellationToken ct = default)
    {
        offset = Math.Max(0, offset);
        limit = Math.Clamp(limit, 1, 200);
        var total = await store.CountAsync(ct);
        var items = await store.ListAsync(offset, limit, ct);
        return TypedResults.Ok(new ArticleListPage(total, offset, limit, items));
    }

    private static async Task<Results<Ok<ArticleView>, NotFound>> GetArticleAsync(string id, IArticleStore store, StoryEngine engine, ServerMetrics metrics, CancellationToken ct)
    {
        metrics.ArticleRead();
        if (await store.GetAsync(id, ct) is not { } article)
        {
            return TypedResults.NotFound();
        }

        await engine.AnnotateFromStoreAsync(article, ct);
        return TypedResults.Ok(new ArticleView(DossierBuilder.ToDossier(article), AnnotationLayers.Present(article), AnnotationLayers.Flatten(article)));
    }

    private static async Task<Results<Ok<SearchResponse>, ProblemHttpResult>> SearchAsync(IArticleStore store, ServerMetrics metrics, string? q = null, int limit = 20, CancellationToken ct = default)
    {
        metrics.Search();
        if (string.IsNullOrWhiteSpace(q) || q.Length > 500)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad query", detail: "q must be 1 to 500 characters");
        }

        var hits = await store.SearchAsync(q, Math.Clamp(limit, 1, MaxSearchLimit), ct);
        return TypedResults.Ok(new SearchResponse(q, hits));
    }

    private static async Task<Ok<HealthReport>> HealthAsync(IArticleStore store, PipelineRunner runner, CancellationToken ct)
    {
        var count = await store.CountAsync(ct);
        return TypedResults.Ok(new HealthReport("ok", store.Description, count, runner.Pipeline.CorpusStages.Count > 0));
    }
}
