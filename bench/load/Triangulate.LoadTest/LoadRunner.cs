using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Triangulate.Server;

namespace Triangulate.LoadTest;

/// <summary>
/// Starts the server on 127.0.0.1 over the store and sends a fixed number of requests per scenario at a fixed
/// concurrency, after a warm-up, reporting latency percentiles, errors and throughput. Client and server share
/// the machine, so figures are an upper bound on latency for the same hardware.
/// </summary>
public static class LoadRunner
{
    /// <summary>Queries of one to three words, common and rare, over both Reuters and BBC text.</summary>
    public static readonly string[] Queries =
    [
        "oil prices", "trade deficit", "bank", "wheat", "coffee", "dollar", "interest rates", "merger", "shares",
        "election", "football", "film", "mobile phones", "opec", "japan", "tax", "profit", "strike", "gold", "sugar exports",
        "central bank", "crude oil", "music", "court", "government", "minister", "growth", "loss", "acquisition", "soybean",
    ];

    public static async Task<int> RunAsync(string db, int requests, int concurrency, string? ingestFile = null, int ingestRate = 200)
    {
        await using var app = await TriangulateServer.CreateAsync(new ServerOptions { Db = db, Urls = ["http://127.0.0.1:0"], ApiKey = BackgroundIngest.Key, RateLimits = Triangulate.Server.Security.RateLimitOptions.Unlimited });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency * 2 }) { BaseAddress = new Uri(address) };
        var health = await client.GetFromJsonAsync<JsonElement>("/health");
        Console.WriteLine($"server {address}, store {health.GetProperty("articles").GetInt64()} articles, stories available: {health.GetProperty("storiesAvailable").GetBoolean()}");

        var ids = await SampleArticleIdsAsync(client, 2000);
        var storyIds = await StoryIdsAsync(client);
        var scenarios = new List<(string Name, Func<int, string> Url)>
        {
            ("story list (GET /api/stories)", i => (i % 3) switch { 0 => "/api/stories", 1 => "/api/stories?sort=newest", _ => "/api/stories?page=2" }),
            ("article read (GET /api/articles/{id})", i => "/api/articles/" + ids[i % ids.Count]),
            ("search (GET /api/search?q=)", i => "/api/search?q=" + Uri.EscapeDataString(Queries[i % Queries.Length])),
        };
        if (storyIds.Count > 0)
        {
            scenarios.Insert(1, ("story read (GET /api/stories/{id})", i => "/api/stories/" + storyIds[i % storyIds.Count]));
        }

        using var stopIngest = new CancellationTokenSource();
        var ingest = ingestFile is null ? null : new BackgroundIngest(new Uri(address), ingestFile, ingestRate);
        var ingesting = ingest?.RunAsync(stopIngest.Token) ?? Task.CompletedTask;
        if (ingest is not null)
        {
            await Task.Delay(TimeSpan.FromSeconds(20)); // let the writer reach its pace before measuring
        }

        var failed = false;
        Console.WriteLine($"{"scenario",-40} {"requests",9} {"errors",7} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8} {"req/s",8}");
        foreach (var (name, url) in scenarios)
        {
            await MeasureAsync(client, url, Math.Min(500, requests), concurrency); // warm-up: JIT, caches, connection pool
            var result = await MeasureAsync(client, url, requests, concurrency);
            Console.WriteLine(result.Format(name));
            failed |= result.Errors > 0;
        }

        await stopIngest.CancelAsync();
        await ingesting;
        if (ingest is not null)
        {
            Console.WriteLine(ingest.Report());
            failed |= ingest.Errors > 0;
        }

        await app.StopAsync();
        return failed ? 1 : 0;
    }

    private static async Task<Result> MeasureAsync(HttpClient client, Func<int, string> url, int requests, int concurrency)
    {
        var latencies = new double[requests];
        var errors = 0;
        var next = -1;
        var total = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                var watch = Stopwatch.StartNew();
                try
                {
                    using var response = await client.GetAsync(url(i), HttpCompletionOption.ResponseContentRead);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }

                latencies[i] = watch.Elapsed.TotalMilliseconds;
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var elapsed = total.Elapsed;
        Array.Sort(latencies);
        return new Result(requests, errors, Percentile(latencies, 0.50), Percentile(latencies, 0.95), Percentile(latencies, 0.99), latencies[^1], requests / elapsed.TotalSeconds);
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static async Task<List<string>> SampleArticleIdsAsync(HttpClient client, int count)
    {
        var ids = new List<string>();
        var total = (await client.GetFromJsonAsync<JsonElement>("/api/articles?limit=1")).GetProperty("total").GetInt64();
        var step = Math.Max(1, total / (count / 200));
        for (long offset = 0; offset < total && ids.Count < count; offset += step)
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/articles?limit=200&offset={offset}");
            ids.AddRange(page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetString()!));
        }

        return ids;
    }

    private static async Task<List<string>> StoryIdsAsync(HttpClient client)
    {
        var page = await client.GetFromJsonAsync<JsonElement>("/api/stories?pageSize=100");
        return page.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToList();
    }

    private sealed record Result(int Requests, int Errors, double P50, double P95, double P99, double Max, double Rps)
    {
        public string Format(string name) => string.Create(CultureInfo.InvariantCulture,
            $"{name,-40} {Requests,9} {Errors,7} {P50,8:0.0} {P95,8:0.0} {P99,8:0.0} {Max,8:0.0} {Rps,8:0}");
    }
}
