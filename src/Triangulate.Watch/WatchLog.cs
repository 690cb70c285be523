using Microsoft.Extensions.Logging;

namespace Triangulate.Watch;

/// <summary>
/// Every message the watcher logs, source-generated, with event ids 2000-2999 (the server has 1000-1999, the store
/// 3000-3999; docs/logging.md lists them). An id is never reused for another meaning.
/// </summary>
internal static partial class WatchLog
{
    [LoggerMessage(EventId = 2000, EventName = "WatchCycleDone", Level = LogLevel.Information, Message = "Watch cycle: {Summary}")]
    public static partial void CycleDone(ILogger logger, string summary);

    [LoggerMessage(EventId = 2001, EventName = "WatchSourceFailed", Level = LogLevel.Warning, Message = "Source {Url} failed: {Reason}")]
    public static partial void SourceFailed(ILogger logger, string url, string reason);

    [LoggerMessage(EventId = 2002, EventName = "WatchHostBackoff", Level = LogLevel.Debug, Message = "Host of {Url} asked for a pause; back at {RetryAt:O}")]
    public static partial void HostBackoff(ILogger logger, string url, DateTimeOffset retryAt);

    [LoggerMessage(EventId = 2010, EventName = "WatchPageFailed", Level = LogLevel.Warning, Message = "Page {Url} not taken: {Reason}")]
    public static partial void PageFailed(ILogger logger, string url, string reason);

    [LoggerMessage(EventId = 2011, EventName = "WatchArticleNew", Level = LogLevel.Debug, Message = "New article: {Url}")]
    public static partial void ArticleNew(ILogger logger, string url);

    [LoggerMessage(EventId = 2012, EventName = "WatchArticleRevised", Level = LogLevel.Information, Message = "Revised: {Url}")]
    public static partial void Revised(ILogger logger, string url);

    [LoggerMessage(EventId = 2020, EventName = "WatchObserverFailed", Level = LogLevel.Error, Message = "A revision observer failed on {Url}")]
    public static partial void ObserverFailed(ILogger logger, Exception exception, string url);
}
