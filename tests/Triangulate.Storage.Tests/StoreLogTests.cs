using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Triangulate.Core.Storage;
using Triangulate.Storage.Tests.Sqlite;

namespace Triangulate.Storage.Tests;

/// <summary>Issue #20: the stores log through ILogger with event ids in 3000-3999: opened, migrated, open failed.</summary>
public sealed class StoreLogTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task OpeningANewSqliteStore_LogsMigratedAndOpened()
    {
        var logger = new ListLogger();

        await using (await ArticleStores.OpenAsync(_folder.File("a.db"), logger))
        {
        }

        Assert.Contains(logger.Lines, l => l.Id == 3002 && l.Level == LogLevel.Information);
        Assert.Contains(logger.Lines, l => l.Id == 3000 && l.Message.Contains("a.db", StringComparison.Ordinal));
        Assert.All(logger.Lines, l => Assert.InRange(l.Id, 3000, 3999));
    }

    [Fact]
    public async Task AStoreThatCannotOpen_LogsOpenFailedWithItsCode_WithoutTheConnectionString()
    {
        var logger = new ListLogger();

        await Assert.ThrowsAsync<StoreException>(() => ArticleStores.OpenAsync("postgres:Host=127.0.0.1;Port=1;Timeout=3;Password=secret-word", logger));

        var line = Assert.Single(logger.Lines);
        Assert.Equal(3001, line.Id);
        Assert.Equal(LogLevel.Error, line.Level);
        Assert.Contains("TRI3005", line.Message);
        Assert.DoesNotContain("secret-word", line.Message);
    }

    private sealed class ListLogger : ILogger
    {
        private readonly ConcurrentQueue<(int Id, LogLevel Level, string Message)> _lines = new();

        public IReadOnlyList<(int Id, LogLevel Level, string Message)> Lines => [.. _lines];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            _lines.Enqueue((eventId.Id, logLevel, formatter(state, exception)));
    }
}
