using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Triangulate.Core.Pipeline;
using Triangulate.Extraction;
using Triangulate.Extraction.Html;
using Triangulate.Server.Ingest;
using Triangulate.Server.Tests.Support;

namespace Triangulate.Server.Tests.Operations;

/// <summary>Issue #20: the server logs through ILogger with source-generated messages; every line has an event id,
/// and a failed story computation is logged instead of showing an empty list without a word.</summary>
public sealed class ServerLoggingTests
{
    [Fact]
    public async Task RealServerRun_EveryLogLineHasAnEventId()
    {
        var logs = new CapturedLogs();
        await using (var host = await ServerHost.StartAsync(FakeStages.WithStories(), logs: logs, logLevel: LogLevel.Debug))
        {
            await host.LoadDemoAsync();
            var list = await host.Client.GetFromJsonAsync<JsonObject>("/api/stories");
            var storyId = (string)list!["items"]![0]!["id"]!;
            Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync($"/api/stories/{storyId}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/api/search?q=bridge")).StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.GetAsync("/api/search?q=")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/api/articles/no-such-article")).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.PostAsJsonAsync("/api/ingest", new IngestRequest { Format = "text", Content = "x" })).StatusCode);
            var rejected = await host.Writer.PostAsJsonAsync("/api/ingest", new IngestRequest { Format = "pdf", Content = "x" });
            Assert.Equal(HttpStatusCode.UnprocessableEntity, rejected.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/metrics")).StatusCode);
        }

        var lines = logs.Lines;
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.True(line.EventId.Id != 0, $"log line without an event id: {line}"));
        var ids = lines.Select(l => l.EventId.Id).ToHashSet();
        foreach (var expected in new[] { 1000, 1001, 1002, 1010, 1011 })
        {
            Assert.True(ids.Contains(expected), $"event {expected} was not logged; got: {string.Join(", ", ids.Order())}");
        }
    }

    [Fact]
    public async Task IngestPause_PendingStoryWorkIsLoggedWithItsEventId()
    {
        var logs = new CapturedLogs();
        await using var host = await ServerHost.StartAsync(FakeStages.WithStories(), logs: logs, logLevel: LogLevel.Debug);
        await host.IngestTextAsync("The harbour ferry returned to its timetable on Thursday after two days of storms.", "Ferry back");

        // The living engine finishes pending story work once ingest has paused for LivingMaintenance.Idle.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!logs.Lines.Any(l => l.EventId.Id == 1020) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        var done = Assert.Single(logs.Lines, l => l.EventId.Id == 1020);
        Assert.Equal(LogLevel.Information, done.Level);
        Assert.DoesNotContain(logs.Lines, l => l.EventId.Id == 1021);
    }
}
