using System.Text.Encodings.Web;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Storage;
using Triangulate.Engine;
using Triangulate.Engine.Living;
using Triangulate.Ingest.Web;
using Triangulate.Server.Api;
using Triangulate.Server.Ingest;
using Triangulate.Server.Logging;
using Triangulate.Server.Security;
using Triangulate.Server.Stories;
using Triangulate.Server.Web;
using Triangulate.Storage;

namespace Triangulate.Server;

/// <summary>Builds the server: API, UI, security headers and limits, over one opened store.</summary>
public static class TriangulateServer
{
    public const string OpenApiPath = "/openapi/v1.json";

    /// <summary>Prometheus text (OpenTelemetry); the JSON summary of the same counters is at <c>/api/metrics</c>.</summary>
    public const string MetricsPath = "/metrics";

    /// <summary>Opens the store and builds the app (not started). The app owns the store and disposes it on shutdown.</summary>
    /// <exception cref="UnsafeBindingException">A non-loopback URL without an API key.</exception>
    /// <exception cref="StoreException">The store cannot be opened.</exception>
    public static async Task<WebApplication> CreateAsync(ServerOptions options, CancellationToken ct = default)
    {
        BindingPolicy.Check(options.Urls, options.ApiKey);
        var storeLog = new ForwardingLogger();
        var store = await ArticleStores.OpenAsync(options.Db, storeLog, ct).ConfigureAwait(false);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(TriangulateServer).Assembly.GetName().Name });
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.Limits.MaxRequestLineSize = 8 * 1024;
        });
        ConfigureLogging(builder.Logging, options);
        ConfigureServices(builder.Services, options, store);
        var app = builder.Build();
        Configure(app, options);
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(ServerLog.Category);
        storeLog.Target = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Triangulate.Storage");
        app.Lifetime.ApplicationStarted.Register(() => ServerLog.ServerStarted(log, store.Description, string.Join(", ", options.Urls)));
        app.Lifetime.ApplicationStopping.Register(() => ServerLog.ServerStopping(log));
        app.Lifetime.ApplicationStopped.Register(() =>
        {
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
            ServerLog.ServerStopped(log);
        });
        return app;
    }

    /// <summary>
    /// Console logs as text or JSON. Per-request logs would cost more than the requests themselves, so ASP.NET Core
    /// logs warnings only; the host's lifetime lines carry no event id, so <see cref="ServerLog"/> says the same
    /// (started, stopping, stopped) with one.
    /// </summary>
    private static void ConfigureLogging(ILoggingBuilder logging, ServerOptions options)
    {
        logging.ClearProviders();
        if (options.LogFormat == LogFormat.Json)
        {
            logging.AddJsonConsole(o => o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ");
        }
        else
        {
            logging.AddSimpleConsole(o => o.SingleLine = true);
        }

        logging.SetMinimumLevel(options.LogLevel ?? (options.Verbose ? LogLevel.Information : LogLevel.Warning));
        logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.None);
        options.ConfigureLogging?.Invoke(logging);
    }

    private static void ConfigureServices(IServiceCollection services, ServerOptions options, IArticleStore store)
    {
        var pipeline = options.Pipeline ?? PipelineFactory.CreateFull();
        services.AddSingleton(options);
        services.AddSingleton(store);
        var engine = new StoryEngine((Core.Living.IStoryStore)store, pipeline);
        services.AddSingleton(engine.Runner);
        services.AddSingleton(engine);
        services.AddSingleton((Core.Living.IStoryStore)store);
        services.AddSingleton<ChangeFeed>();
        services.AddSingleton<LivingMaintenance>();
        services.AddHostedService(sp => sp.GetRequiredService<LivingMaintenance>());
        services.AddSingleton(new SafeFetcher(options.Fetch));
        services.AddSingleton<ServerMetrics>();
        // Prometheus text at /metrics: the server's own counters plus ASP.NET Core's request duration and Kestrel's connections.
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(ServerMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
            .AddPrometheusExporter());
        services.AddSingleton<StoryService>();
        services.AddSingleton<IngestService>();
        services.AddSingleton<StaticAssets>();
        if (options.WatchSources.Count > 0)
        {
            services.AddHostedService<Watch.WatchService>();
        }
        AddSecurity(services, options);
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { ServerJson.OmitAbsentSections } };
            // Readable non-ASCII, but <, >, &, ' always escaped: a response sniffed or embedded as HTML still cannot carry markup.
            json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            // The live document names the request's host and port; the committed one must not depend on them.
            document.Servers?.Clear();
            document.Info.Title = "Triangulate API";
            document.Info.Version = "1";
            return Task.CompletedTask;
        }));
    }

    /// <summary>The API key as an authentication scheme with a write policy, the rate limits, and problem details for
    /// every error response.</summary>
    private static void AddSecurity(IServiceCollection services, ServerOptions options)
    {
        services.AddProblemDetails();
        services.AddAuthentication(ApiKeyDefaults.Scheme)
            .AddScheme<ApiKeyAuthenticationOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.Scheme, o => o.ApiKey = options.ApiKey);
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiKeyDefaults.WritePolicy, policy => policy.AddAuthenticationSchemes(ApiKeyDefaults.Scheme).RequireAuthenticatedUser());
        services.AddTriangulateRateLimits(options.RateLimits);
    }

    /// <summary>
    /// The middleware, in the order that keeps the body unread until the caller is known: headers and metrics, error
    /// pages as problem+json, routing, authentication, rate limits, authorization, and only then the endpoint, which
    /// is what binds the body.
    /// </summary>
    private static void Configure(WebApplication app, ServerOptions options)
    {
        var metrics = app.Services.GetRequiredService<ServerMetrics>();
        app.Use(async (context, next) =>
        {
            SecurityHeaders.Apply(context.Response);
            try
            {
                await next(context).ConfigureAwait(false);
            }
            finally
            {
                metrics.Request(context.Response.StatusCode);
            }
        });
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        ApiEndpoints.Map(app, options);
        ChangeEndpoints.Map(app);
        app.MapPrometheusScrapingEndpoint(MetricsPath);
        app.MapOpenApi(OpenApiPath);
        var assets = app.Services.GetRequiredService<StaticAssets>();
        app.MapGet("/", (HttpContext c) => assets.Serve(c, "index.html")).ExcludeFromDescription();
        app.MapGet("/assets/{name}", (HttpContext c, string name) => assets.Serve(c, name)).ExcludeFromDescription();
    }
}
