using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Revisions;
using Triangulate.Core.Storage;
using Triangulate.Engine;
using Triangulate.Ingest.Web;
using Triangulate.Watch.Revisions;

namespace Triangulate.Watch;

/// <summary>
/// Follows a list of sources. One cycle (<see cref="RunOnceAsync"/>): poll every due source with a conditional GET;
/// read its listing (feed, sitemap, index, OPML, address list) or treat it as an article page; then fetch each new
/// or updated article and each followed article due for an edit check, host by host (hosts in parallel, one
/// request per host at a time through <see cref="PoliteFetcher"/>); store new articles and new revisions; then save
/// each source's health and, when everything it listed was settled, its validators. All state is in the store, so a
/// cron <c>watch --once</c> and <see cref="RunAsync"/> behave the same, and a killed process loses nothing.
/// </summary>
public sealed partial class Watcher
{
    private readonly PoliteFetcher _fetcher;
    private readonly IWatchStore _state;
    private readonly WatchOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly PageIntake _intake;

    public Watcher(PoliteFetcher fetcher, IArticleStore articles, IWatchStore state, PipelineRunner runner, WatchOptions? options = null,
        TimeProvider? clock = null, IReadOnlyList<IRevisionObserver>? observers = null, ILogger? logger = null, DocumentSink? sink = null)
    {
        ArgumentNullException.ThrowIfNull(runner);
        _fetcher = fetcher;
        _state = state;
        _options = options ?? new WatchOptions();
        _clock = clock ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
        fetcher.RobotsCache ??= new StoreRobotsCache(state);
        var recorder = new RevisionRecorder(articles, state, new ArticleAnnotator(runner.Pipeline), observers ?? [], _logger);
        _intake = new PageIntake(fetcher, state, runner, recorder, _options, _clock, _logger) { Sink = sink };
    }

    /// <summary>Registers <paramref name="url"/> as a source (due now); an address already watched is left as it is.</summary>
    public Task<WatchedSource> AddSourceAsync(string url, CancellationToken ct) => _state.AddSourceAsync(url, _clock.GetUtcNow(), ct);

    /// <summary>Polls one source now (registering it when new), settles what it listed, and saves its health: what a
    /// cluster's <c>SourceGrain</c> does on each reminder tick. Returns the cycle's report and the source as saved.</summary>
    public async Task<(WatchCycleReport Report, WatchedSource Source)> PollSourceAsync(string url, CancellationToken ct)
    {
        var report = new WatchCycleReport();
        var run = new SourceRun(await AddSourceAsync(url, ct).ConfigureAwait(false));
        await _intake.PollAsync(run, report, ct).ConfigureAwait(false);
        await RunHostAsync(run.Jobs, report, ct).ConfigureAwait(false);
        var saved = await SaveAsync(run, ct).ConfigureAwait(false);
        WatchLog.CycleDone(_logger, report.ToString());
        return (report, saved);
    }

    /// <summary>Polls until cancelled, one cycle per <see cref="WatchOptions.Tick"/>; each cycle takes whatever is due.</summary>
    public async Task RunAsync(Action<WatchCycleReport>? onCycle, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var report = await RunOnceAsync(ct).ConfigureAwait(false);
            onCycle?.Invoke(report);
            await Task.Delay(_options.Tick, _clock, ct).ConfigureAwait(false);
        }
    }

    /// <summary>One cycle over everything due now.</summary>
    /// <param name="allSources">Poll every source now, due or not, except those backing off after errors (<c>watch --once</c>:
    /// cron decides how often). Articles are still rechecked only when due.</param>
    public async Task<WatchCycleReport> RunOnceAsync(CancellationToken ct, bool allSources = false)
    {
        var report = new WatchCycleReport();
        var runs = await PollSourcesAsync(report, allSources, ct).ConfigureAwait(false);
        var jobs = runs.SelectMany(r => r.Jobs).ToList();
        var listed = new HashSet<string>(jobs.Where(j => j.Known is not null).Select(j => j.Known!.CanonicalUrl), StringComparer.Ordinal);
        foreach (var page in await _state.DuePagesAsync(_clock.GetUtcNow(), _options.MaxPerCycle, ct).ConfigureAwait(false))
        {
            if (page.GoneAt is null && listed.Add(page.CanonicalUrl) && Uri.TryCreate(page.FetchUrl, UriKind.Absolute, out var url))
            {
                jobs.Add(new PageJob(null, null, null, page, url));
            }
        }

        await ForEachHostAsync(jobs, j => j.FetchUrl, (hostJobs, token) => RunHostAsync(hostJobs, report, token), ct).ConfigureAwait(false);
        foreach (var run in runs)
        {
            await SaveAsync(run, ct).ConfigureAwait(false);
        }

        WatchLog.CycleDone(_logger, report.ToString());
        return report;
    }

    /// <summary>Polls due sources; sources that listings name (index, OPML, address list) are added and polled in the same cycle, three levels deep at most.</summary>
    private async Task<List<SourceRun>> PollSourcesAsync(WatchCycleReport report, bool allSources, CancellationToken ct)
    {
        var runs = new List<SourceRun>();
        var polled = new HashSet<long>();
        for (var round = 0; round < 3; round++)
        {
            var now = _clock.GetUtcNow();
            var candidates = allSources
                ? (await _state.ListSourcesAsync(ct).ConfigureAwait(false)).Where(s => s.Health.ConsecutiveFailures == 0 || s.NextPollAt <= now)
                : await _state.DueSourcesAsync(now, _options.MaxPerCycle, ct).ConfigureAwait(false);
            var due = candidates.Where(s => polled.Add(s.Id)).ToList();
            if (due.Count == 0)
            {
                break;
            }

            var roundRuns = due.ConvertAll(s => new SourceRun(s));
            await ForEachHostAsync(roundRuns, r => new Uri(r.Source.Url), async (hostRuns, token) =>
            {
                foreach (var run in hostRuns)
                {
                    await _intake.PollAsync(run, report, token).ConfigureAwait(false);
                }
            }, ct).ConfigureAwait(false);
            runs.AddRange(roundRuns);
        }

        return runs;
    }

    private async Task RunHostAsync(List<PageJob> jobs, WatchCycleReport report, CancellationToken ct)
    {
        var fetches = 0;
        foreach (var job in jobs)
        {
            if (!job.FromFeedContent && job.Prefetched is null && fetches++ >= _options.MaxPerHost)
            {
                report.Defer();
                job.Run?.Unsettled();
                continue;
            }

            await _intake.ProcessAsync(job, report, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Runs <paramref name="work"/> once per host over that host's items, hosts in parallel.</summary>
    private Task ForEachHostAsync<T>(IEnumerable<T> items, Func<T, Uri> urlOf, Func<List<T>, CancellationToken, Task> work, CancellationToken ct)
    {
        var groups = items.GroupBy(i => HostOf(urlOf(i)), StringComparer.OrdinalIgnoreCase).Select(g => g.ToList()).ToList();
        return Parallel.ForEachAsync(groups, new ParallelOptions { MaxDegreeOfParallelism = _options.Parallelism, CancellationToken = ct },
            async (group, token) => await work(group, token).ConfigureAwait(false));
    }

    private static string HostOf(Uri url) => url.IdnHost + ":" + url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<WatchedSource> SaveAsync(SourceRun run, CancellationToken ct)
    {
        var now = _clock.GetUtcNow();
        var source = run.Source;
        var health = source.Health with { LastPolledAt = now };
        if (run.Deferred)
        {
            var deferred = source with { NextPollAt = run.RetryAt ?? now + _options.Interval };
            await _state.SaveSourceAsync(deferred, ct).ConfigureAwait(false);
            return deferred;
        }

        if (run.Error is null && run.Response is { } response)
        {
            var notModified = response.IsNotModified;
            health = health with
            {
                LastSuccessAt = now,
                ConsecutiveFailures = 0,
                Fetches = health.Fetches + 1,
                NotModified = health.NotModified + (notModified ? 1 : 0),
                ItemsSeen = health.ItemsSeen + run.NewItems,
                TotalLatencyMs = health.TotalLatencyMs + (long)response.Elapsed.TotalMilliseconds,
            };
            var keep = notModified || !run.Settled;
            source = source with
            {
                Kind = run.Kind ?? source.Kind,
                ETag = keep ? source.ETag : response.ETag,
                LastModified = keep ? source.LastModified : response.LastModified,
                NextPollAt = now + _options.Interval,
            };
        }
        else
        {
            var failures = health.ConsecutiveFailures + 1;
            health = health with { LastErrorAt = now, LastError = run.Error, ConsecutiveFailures = failures };
            var next = now + Backoff(failures);
            source = source with { NextPollAt = run.RetryAt is { } retry && retry > next ? retry : next };
        }

        var saved = source with { Health = health };
        await _state.SaveSourceAsync(saved, ct).ConfigureAwait(false);
        return saved;
    }

    /// <summary>interval × 2^failures, capped, with ±20 % jitter so sources that failed together are not retried together.</summary>
    private TimeSpan Backoff(int failures)
    {
        var ticks = _options.Interval.Ticks * Math.Pow(2, Math.Min(failures, 20)) * (0.8 + (0.4 * Random.Shared.NextDouble()));
        return TimeSpan.FromTicks((long)Math.Min(ticks, _options.MaxSourceBackoff.Ticks));
    }

}
