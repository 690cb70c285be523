using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Triangulate.Core.Pipeline;
using Triangulate.Engine.Living;
using Triangulate.Ingest.Web;
using Triangulate.Server.Ingest;
using Triangulate.Server.Security;
using Triangulate.Server.Stories;
using Triangulate.TestKit;

namespace Triangulate.Server.Tests.Support;

/// <summary>A real server on 127.0.0.1 with a random port and a fresh store in a temporary folder.</summary>
public sealed class ServerHost : IAsyncDisposable
{
    public const string Key = "test-key-123";

    private readonly string _folder;

    private ServerHost(WebApplication app, string folder, Uri address)
    {
        App = app;
        _folder = folder;
        BaseAddress = address;
        Client = new HttpClient { BaseAddress = address };
        Writer = new HttpClient { BaseAddress = address };
        Writer.DefaultRequestHeaders.Add(ApiKeyCheck.HeaderName, Key);
    }

    public WebApplication App { get; }
    public Uri BaseAddress { get; }

    /// <summary>A client without the API key.</summary>
    public HttpClient Client { get; }

    /// <summary>A client that sends the API key.</summary>
    public HttpClient Writer { get; }

    public static async Task<ServerHost> StartAsync(Pipeline? pipeline = null, string? apiKey = Key, UrlFetchOptions? fetch = null, long? maxRequestBytes = null, RateLimitOptions? rateLimits = null, CapturedLogs? logs = null, Microsoft.Extensions.Logging.LogLevel? logLevel = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "triangulate-server-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var options = new ServerOptions
        {
            Db = Path.Combine(folder, "test.db"),
            Urls = ["http://127.0.0.1:0"],
            ApiKey = apiKey,
            Pipeline = pipeline ?? FakeStages.WithoutStories(),
            Fetch = fetch ?? new UrlFetchOptions(),
            MaxRequestBytes = maxRequestBytes ?? 8L * 1024 * 1024,
            RateLimits = rateLimits ?? new RateLimitOptions(),
            LogLevel = logLevel,
            ConfigureLogging = logs is null ? null : logging => logging.AddProvider(logs),
        };
        var app = await TriangulateServer.CreateAsync(options);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ServerHost(app, folder, new Uri(address));
    }

    /// <summary>Finishes the engine's pending work now (the server does it once ingest pauses): settle, recompute every pending story.</summary>
    public async Task FlushAsync()
    {
        var engine = App.Services.GetRequiredService<StoryEngine>();
        await engine.SettleAsync();
        await engine.RecomputeAsync(all: true);
    }

    /// <summary>The id of the biggest story.</summary>
    public async Task<string> FirstStoryIdAsync() =>
        (await Client.GetFromJsonAsync<StoryPage>("/api/stories", new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)))!.Items[0].Id;

    /// <summary>Ingests every file of samples/demo through the API, choosing the format from the extension.</summary>
    public async Task LoadDemoAsync()
    {
        var demo = Path.Combine(SharedData.RepoRoot, "samples", "demo");
        foreach (var file in Directory.EnumerateFiles(demo).Order(StringComparer.Ordinal))
        {
            var format = Path.GetExtension(file) switch
            {
                ".html" => "html",
                ".txt" => "auto", // the reader understands the text header block (title, outlet, date)
                _ => "auto",
            };
            var response = await Writer.PostAsJsonAsync("/api/ingest", new IngestRequest { Format = format, Content = await File.ReadAllTextAsync(file), Name = Path.GetFileName(file) });
            response.EnsureSuccessStatusCode();
        }
    }

    public async Task<string> IngestTextAsync(string text, string? title = null, string? outlet = null)
    {
        var response = await Writer.PostAsJsonAsync("/api/ingest", new IngestRequest { Format = "text", Content = text, Title = title, Outlet = outlet });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<IngestResponse>();
        return body!.ArticleIds.Single();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Writer.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A lingering SQLite handle on some platforms; the temp folder is cleaned by the OS.
        }
    }
}
