using Microsoft.Extensions.Logging;

namespace Triangulate.Storage;

/// <summary>
/// Every message the stores log, source-generated, with event ids 3000-3999 (the server has 1000-1999, the watcher
/// 2000-2999; docs/logging.md lists them). An id is never reused for another meaning.
/// </summary>
internal static partial class StoreLog
{
    [LoggerMessage(EventId = 3000, EventName = "StoreOpened", Level = LogLevel.Information, Message = "Opened {Store}")]
    public static partial void Opened(ILogger logger, string store);

    [LoggerMessage(EventId = 3001, EventName = "StoreOpenFailed", Level = LogLevel.Error, Message = "Cannot open {Location}: {Code} {Reason}")]
    public static partial void OpenFailed(ILogger logger, string location, string code, string reason);

    [LoggerMessage(EventId = 3002, EventName = "StoreMigrated", Level = LogLevel.Information, Message = "Migrated {Store} from schema {From} to {To}")]
    public static partial void Migrated(ILogger logger, string store, int from, int to);

    [LoggerMessage(EventId = 3010, EventName = "StoreConnectionRetry", Level = LogLevel.Warning, Message = "{Store}: connection lost; try {Attempt} again in {DelayMs} ms")]
    public static partial void ConnectionRetry(ILogger logger, Exception? exception, string store, int attempt, long delayMs);
}
