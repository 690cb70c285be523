using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Triangulate.Core.Living;

namespace Triangulate.Server.Stories;

/// <summary>
/// The change feed: <c>GET /api/changes</c> lists story events (after a seq, since a time, of one story), and
/// <c>GET /api/changes/stream</c> streams them as server-sent events (<c>id</c> is the event's seq, so a
/// reconnecting client resumes with <c>Last-Event-ID</c>).
/// </summary>
public static class ChangeEndpoints
{
    public const int MaxLimit = 1000;

    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/changes", ListAsync).WithName("ListChanges").WithTags("Stories")
            .WithSummary("Story events (born, grew, figure updated, new conflict, new quote, merged, split, went quiet), oldest first: after a seq, since a time, of one story.");
        app.MapGet("/api/changes/stream", StreamAsync).WithName("StreamChanges").WithTags("Stories")
            .WithSummary("Story events as server-sent events (text/event-stream); resume with Last-Event-ID or ?after=SEQ.");
    }

    private static async Task<Ok<List<StoryEventView>>> ListAsync(IStoryStore stories, DateTimeOffset? since = null, long after = 0, string? story = null, int limit = 100, CancellationToken ct = default)
    {
        var events = await stories.ListEventsAsync(new StoryEventQuery { Since = since, AfterSeq = after, StoryId = await ResolveAsync(stories, story, ct), Limit = Math.Clamp(limit, 1, MaxLimit) }, ct);
        return TypedResults.Ok(events.Select(StoryEventView.From).ToList());
    }

    private static async Task StreamAsync(HttpContext context, IStoryStore stories, ChangeFeed feed, long after = 0, string? story = null)
    {
        var ct = context.RequestAborted;
        if (long.TryParse(context.Request.Headers["Last-Event-ID"], out var resume))
        {
            after = resume;
        }

        var storyId = await ResolveAsync(stories, story, ct);
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        var options = context.RequestServices.GetService(typeof(Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>)) is Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json
            ? json.Value.SerializerOptions : JsonSerializerOptions.Web;
        var quietSince = DateTime.UtcNow;
        try
        {
            await context.Response.WriteAsync(": triangulate change feed\n\n", ct);
            await context.Response.Body.FlushAsync(ct);
            while (!ct.IsCancellationRequested)
            {
                var events = await stories.ListEventsAsync(new StoryEventQuery { AfterSeq = after, StoryId = storyId, Limit = MaxLimit }, ct);
                foreach (var e in events)
                {
                    await context.Response.WriteAsync($"id: {e.Seq}\nevent: {e.Kind}\ndata: {JsonSerializer.Serialize(StoryEventView.From(e), options)}\n\n", ct);
                    after = e.Seq;
                }

                if (events.Count > 0 || DateTime.UtcNow - quietSince > KeepAlive)
                {
                    if (events.Count == 0)
                    {
                        await context.Response.WriteAsync(": keep-alive\n\n", ct);
                    }

                    await context.Response.Body.FlushAsync(ct);
                    quietSince = DateTime.UtcNow;
                }

                if (events.Count < MaxLimit)
                {
                    await feed.WaitAsync(Poll, ct);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The client went away: the stream simply ends.
        }
    }

    private static async Task<string?> ResolveAsync(IStoryStore stories, string? story, CancellationToken ct) =>
        story is null ? null : (await stories.GetStoryAsync(story, ct))?.Id ?? story;
}
