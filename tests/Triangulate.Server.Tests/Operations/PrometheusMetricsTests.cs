using System.Net.Http.Json;
using Triangulate.Server.Tests.Support;

namespace Triangulate.Server.Tests.Operations;

/// <summary>Issue #20: GET /metrics answers Prometheus text from OpenTelemetry, with the server's request counter.</summary>
public sealed class PrometheusMetricsTests
{
    [Fact]
    public async Task Metrics_IsPrometheusTextWithARequestCounter()
    {
        await using var host = await ServerHost.StartAsync(FakeStages.WithStories());
        await host.IngestTextAsync("The harbour ferry returned to its timetable on Thursday after two days of storms.", "Ferry back");
        (await host.Client.GetAsync("/api/stories")).EnsureSuccessStatusCode();
        await host.Client.GetAsync("/api/articles/missing");

        // A request is counted after its response is written, and the exporter caches a scrape for 300 ms: ask
        // again until the 404 above and the story work show (or give up after 30 s and let the assertions say what is missing).
        HttpResponseMessage response;
        string text;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        do
        {
            response = await host.Client.GetAsync(TriangulateServer.MetricsPath);
            text = await response.Content.ReadAsStringAsync();
            // Story work is counted when the living engine finishes it, once ingest has paused (LivingMaintenance.Idle).
            if (text.Contains("status_class=\"4xx\"", StringComparison.Ordinal) && text.Contains("triangulate_server_story_builds_total{", StringComparison.Ordinal))
            {
                break;
            }

            await Task.Delay(350);
        }
        while (DateTime.UtcNow < deadline);

        response.EnsureSuccessStatusCode();
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
        Assert.Contains("# TYPE triangulate_server_requests_total counter", text);
        Assert.Matches("""triangulate_server_requests_total\{[^}]*status_class="2xx"[^}]*\} [1-9]""", text);
        Assert.Matches("""triangulate_server_requests_total\{[^}]*status_class="4xx"[^}]*\} [1-9]""", text);
        // Servers in one test process share the meter's name, so other tests' articles may be counted here too.
        Assert.Matches("""triangulate_server_articles_added_total(\{[^}]*\})? [1-9]""", text);
        Assert.Contains("http_server_request_duration_seconds", text);
        Assert.Contains("triangulate_server_story_builds_total{", text);
        Assert.Contains("triangulate_server_story_build_duration_seconds_bucket{", text);
        Assert.Contains("le=\"0.5\"", text);
    }

    [Fact]
    public async Task ApiMetrics_KeepsTheJsonSummary()
    {
        await using var host = await ServerHost.StartAsync();
        await host.Client.GetAsync("/api/search?q=x");

        var metrics = await host.Client.GetFromJsonAsync<MetricsReport>("/api/metrics", new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web));

        Assert.Equal(1, metrics!.Searches);
    }
}
