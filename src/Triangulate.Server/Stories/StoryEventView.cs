using System.Text.Json;
using Triangulate.Core.Living;

namespace Triangulate.Server.Stories;

/// <summary>One story event as the API returns it; <see cref="Evidence"/> is the event's evidence object.</summary>
public sealed record StoryEventView(long Seq, string StoryId, string Kind, DateTimeOffset At, string Summary, JsonElement? Evidence)
{
    public static StoryEventView From(StoryEventRecord e)
    {
        ArgumentNullException.ThrowIfNull(e);
        JsonElement? evidence = null;
        if (e.DataJson is { } json)
        {
            using var doc = JsonDocument.Parse(json);
            evidence = doc.RootElement.Clone();
        }

        return new StoryEventView(e.Seq, e.StoryId, e.Kind, e.At, e.Summary, evidence);
    }
}
