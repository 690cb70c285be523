using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Triangulate.Watch.Tests.Support;

namespace Triangulate.Watch.Tests;

/// <summary>Issue #20: the watcher logs through ILogger with event ids in 2000-2999: each cycle, each new article,
/// and each source that failed (before, a failed source was only counted in the cycle's report).</summary>
public sealed class WatchLogTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task OneCycle_LogsNewArticlesAFailedSourceAndTheCycle_EachWithAnEventId()
    {
        var clock = new SimulatedClock(Start.AddHours(5));
        await using var site = await FakeNewsSite.StartAsync(clock, NewsSchedule.Generate(Start, TimeSpan.FromHours(4), TimeSpan.FromMinutes(40)));
        var logger = new ListLogger();
        await using var h = await WatchHarness.CreateAsync(clock, logger: logger);
        var missing = site.Url("/no-such-feed.xml");
        await h.AddSourcesAsync(site.Url("/feed.xml"), missing);

        var report = await h.Watcher.RunOnceAsync(CancellationToken.None);

        var lines = logger.Lines;
        Assert.All(lines, l => Assert.InRange(l.Id, 2000, 2999));
        Assert.Single(lines, l => l.Id == 2000);
        Assert.Equal(report.NewArticles, lines.Count(l => l.Id == 2011));
        Assert.True(report.NewArticles > 0, report.ToString());
        Assert.Contains(lines, l => l.Id == 2001 && l.Level == LogLevel.Warning && l.Message.Contains(missing, StringComparison.Ordinal));
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
