using Microsoft.Extensions.Logging;

namespace Triangulate.Server.Logging;

/// <summary>
/// Every message the server logs, source-generated, each with its own event id (in the style of Npgsql: one class
/// of messages per area). Server ids are 1000-1999; the watcher uses 2000-2999 and the store 3000-3999
/// (docs/logging.md lists them all). An id is never reused for another meaning.
/// </summary>
internal static partial class ServerLog
{
    /// <summary>The category of lines that belong to the server as a whole (start, stop, limits).</summary>
    public const string Category = "Triangulate.Server";

    [LoggerMessage(EventId = 1000, EventName = "ServerStarted", Level = LogLevel.Information, Message = "Serving {Store} on {Urls}")]
    public static partial void ServerStarted(ILogger logger, string store, string urls);

    [LoggerMessage(EventId = 1001, EventName = "ServerStopping", Level = LogLevel.Information, Message = "Stopping: finishing the requests in flight")]
    public static partial void ServerStopping(ILogger logger);

    [LoggerMessage(EventId = 1002, EventName = "ServerStopped", Level = LogLevel.Information, Message = "Stopped")]
    public static partial void ServerStopped(ILogger logger);

    [LoggerMessage(EventId = 1010, EventName = "IngestDone", Level = LogLevel.Information, Message = "Ingest: {Items} items, {Added} new, {AlreadyStored} already stored, {Diagnostics} diagnostics")]
    public static partial void IngestDone(ILogger logger, int items, int added, int alreadyStored, int diagnostics);

    [LoggerMessage(EventId = 1011, EventName = "IngestRejected", Level = LogLevel.Warning, Message = "Ingest rejected: {Reason}")]
    public static partial void IngestRejected(ILogger logger, string reason);

    [LoggerMessage(EventId = 1012, EventName = "IngestStoreUnavailable", Level = LogLevel.Error, Message = "Ingest failed: the store is unavailable ({Code})")]
    public static partial void IngestStoreUnavailable(ILogger logger, Exception exception, string code);

    [LoggerMessage(EventId = 1020, EventName = "StoriesRecomputed", Level = LogLevel.Information, Message = "Pending story work finished: {Stories} stories' sections recomputed, {Pending} still pending, in {ElapsedMs} ms")]
    public static partial void StoriesRecomputed(ILogger logger, int stories, int pending, long elapsedMs);

    [LoggerMessage(EventId = 1021, EventName = "StoryRecomputeFailed", Level = LogLevel.Error, Message = "Finishing pending story work failed after {ElapsedMs} ms; it is retried after the next ingest (stories keep their last committed sections)")]
    public static partial void StoryRecomputeFailed(ILogger logger, Exception exception, long elapsedMs);

    [LoggerMessage(EventId = 1030, EventName = "RequestRateLimited", Level = LogLevel.Warning, Message = "{Method} {Path} refused with {Status}: a rate or concurrency limit was reached")]
    public static partial void RequestRateLimited(ILogger logger, string method, string path, int status);

    [LoggerMessage(EventId = 1040, EventName = "WatchStarted", Level = LogLevel.Information, Message = "Watching {Sources} sources beside the server")]
    public static partial void WatchStarted(ILogger logger, int sources);

    [LoggerMessage(EventId = 1041, EventName = "WatchFailed", Level = LogLevel.Error, Message = "The built-in watcher failed")]
    public static partial void WatchFailed(ILogger logger, Exception exception);
}
