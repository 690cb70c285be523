using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Triangulate.Server.Tests.Support;

/// <summary>A small local web server on 127.0.0.1 that serves an article, redirects to forbidden places, sends a huge body or stalls.</summary>
public sealed class TinyWebServer : IAsyncDisposable
{
    public const string ArticleHtml = "<html><head><title>Tide report</title></head><body><article><h1>Tide report</h1><p>The spring tide reached a record height in the estuary on Sunday, the port authority said.</p><p>No damage was reported.</p></article></body></html>";

    private readonly WebApplication _app;

    private TinyWebServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public int Port => Address.Port;

    public static async Task<TinyWebServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        app.MapGet("/article", () => Results.Content(ArticleHtml, "text/html; charset=utf-8"));
        app.MapGet("/redirect", (string to) => Results.Redirect(to));
        app.MapGet("/big", () => Results.Bytes(new byte[3 * 1024 * 1024], "text/html"));
        app.MapGet("/slow", async (CancellationToken ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(20), ct);
            return Results.Content(ArticleHtml, "text/html");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TinyWebServer(app, new Uri(address));
    }

    public string Url(string path) => new Uri(Address, path).AbsoluteUri;

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }
}
