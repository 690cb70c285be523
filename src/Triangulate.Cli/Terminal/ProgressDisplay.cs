using System.Diagnostics;
using Spectre.Console;
using Triangulate.Engine;

namespace Triangulate.Cli.Terminal;

/// <summary>
/// Shows progress of a long run: a live bar with rate and ETA on an interactive terminal, and plain
/// periodic lines on standard error when output is redirected (logs, CI), so nothing fills a log with
/// escape codes. The bar covers the corpus stages too: the articles fill the first <see cref="ArticleShare"/>
/// of it and each corpus stage an equal part of the rest, so it no longer sits near the end with ETA 0 while
/// stories are built.
/// </summary>
public static class ProgressDisplay
{
    /// <summary>The part of the bar the per-article stages fill; the corpus stages fill the rest.</summary>
    public const double ArticleShare = 0.7;

    /// <summary>Runs <paramref name="work"/> while showing progress against <paramref name="totalUnits"/>
    /// (input size in bytes; 0 when unknown, e.g. standard input).</summary>
    public static async Task<T> RunAsync<T>(string label, long totalUnits, bool quiet, Func<IProgressSink, Task<T>> work)
    {
        if (quiet)
        {
            return await work(new NullSink()).ConfigureAwait(false);
        }

        if (!Console.IsErrorRedirected && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null)
        {
            T result = default!;
            await AnsiConsole.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask(label, maxValue: Math.Max(1, totalUnits / ArticleShare));
                    task.IsIndeterminate = totalUnits <= 0;
                    var sink = new LiveSink(task, label);
                    result = await work(sink).ConfigureAwait(false);
                    task.Value = task.MaxValue;
                    task.Description = sink.Describe();
                }).ConfigureAwait(false);
            return result;
        }

        var lines = new LineSink(label, totalUnits);
        var value = await work(lines).ConfigureAwait(false);
        lines.Finish();
        return value;
    }

    private sealed class NullSink : IProgressSink
    {
        public void Advance(int articles, long inputUnits)
        {
        }
    }

    private sealed class LiveSink(ProgressTask task, string label) : IProgressSink
    {
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private long _articles;
        private string? _stage;

        public void CorpusStage(int done, int total, string? next)
        {
            task.Value = task.MaxValue * (ArticleShare + ((1 - ArticleShare) * done / Math.Max(1, total)));
            _stage = next is null ? null : $"corpus stage {done + 1} of {total}: {next}";
            task.Description = Describe();
        }

        public void Advance(int articles, long inputUnits)
        {
            var done = Interlocked.Add(ref _articles, articles);
            task.Increment(inputUnits);
            if (done % 25 == 0)
            {
                task.Description = Describe();
            }
        }

        public string Describe() => _stage is { } stage
            ? $"{label}: {Interlocked.Read(ref _articles):N0} articles; {stage}"
            : $"{label}: {Interlocked.Read(ref _articles):N0} articles, {Interlocked.Read(ref _articles) / Math.Max(0.001, _watch.Elapsed.TotalSeconds):N0}/s";
    }

    private sealed class LineSink(string label, long total) : IProgressSink
    {
        private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private readonly Lock _gate = new();
        private long _articles;
        private long _units;
        private TimeSpan _lastPrint;
        private TimeSpan _corpusStart;
        private TimeSpan _corpusSpent;
        private bool _corpusSeen;

        public void Advance(int articles, long inputUnits)
        {
            lock (_gate)
            {
                _articles += articles;
                _units += inputUnits;
                if (_watch.Elapsed - _lastPrint >= Interval)
                {
                    _lastPrint = _watch.Elapsed;
                    Print();
                }
            }
        }

        /// <summary>One line per corpus stage: they are few and each can take a while.</summary>
        public void CorpusStage(int done, int total, string? next)
        {
            lock (_gate)
            {
                if (done == 0)
                {
                    _corpusStart = _watch.Elapsed;
                }

                _corpusSeen = true;

                var pct = 100 * (ArticleShare + ((1 - ArticleShare) * done / Math.Max(1, total)));
                var spent = _watch.Elapsed - _corpusStart;
                if (next is null)
                {
                    // The living engine settles stories once per batch: the summary gives the time of all rounds, not
                    // the last one (which read "done in 0.0 s" after a long run).
                    _corpusSpent += spent;
                    spent = _corpusSpent;
                }

                // Remaining stages are assumed to take as long as the finished ones did on average.
                var eta = done > 0 && next is not null ? $", ETA {TimeSpan.FromSeconds(spent.TotalSeconds / done * (total - done)):hh\\:mm\\:ss}" : "";
                Console.Error.WriteLine(next is null
                    ? $"{label}: 100% {_articles:N0} articles; corpus stages done in {spent.TotalSeconds:0.0} s"
                    : $"{label}: {pct:0}% {_articles:N0} articles; corpus stage {done + 1} of {total}: {next}{eta}");
            }
        }

        public void Finish()
        {
            lock (_gate)
            {
                // After the corpus stages their last line ("100% … done") is the summary; the article line would go back to 70%.
                if (_lastPrint > TimeSpan.Zero && !_corpusSeen)
                {
                    Print();
                }
            }
        }

        private void Print()
        {
            var seconds = Math.Max(0.001, _watch.Elapsed.TotalSeconds);
            var rate = _articles / seconds;
            var eta = total > 0 && _units > 0 ? TimeSpan.FromSeconds(Math.Max(0, (total - _units) / (_units / seconds))) : (TimeSpan?)null;
            var pct = total > 0 ? $" {Math.Min(100, 100.0 * ArticleShare * _units / total):0}%" : "";
            Console.Error.WriteLine($"{label}:{pct} {_articles:N0} articles, {rate:N0}/s{(eta is { } e ? $", articles ETA {e:hh\\:mm\\:ss}" : "")}");
        }
    }
}
