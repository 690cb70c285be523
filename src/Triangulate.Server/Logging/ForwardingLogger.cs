using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Triangulate.Server.Logging;

/// <summary>
/// A logger whose target is set later: the store is opened before the app (and its logger factory) exists, and
/// keeps this logger for its later retries and migrations. Lines before the target is set are dropped.
/// </summary>
internal sealed class ForwardingLogger : ILogger
{
    public ILogger Target { get; set; } = NullLogger.Instance;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => Target.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => Target.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Target.Log(logLevel, eventId, state, exception, formatter);
}
