using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Triangulate.Server;

/// <summary>
/// The server's counters, twice over: OpenTelemetry instruments on the <see cref="MeterName"/> meter (exported as
/// Prometheus text at <c>GET /metrics</c>) and interlocked totals for the JSON summary at <c>GET /api/metrics</c>.
/// </summary>
public sealed class ServerMetrics : IDisposable
{
    /// <summary>The meter the Prometheus exporter reads; instruments appear as <c>triangulate_server_*</c>.</summary>
    public const string MeterName = "Triangulate.Server";

    private readonly Stopwatch _uptime = Stopwatch.StartNew();
    private readonly Meter _meter;
    private readonly Counter<long> _requestCounter;
    private readonly Counter<long> _ingestCounter;
    private readonly Counter<long> _articlesAddedCounter;
    private readonly Counter<long> _searchCounter;
    private readonly Counter<long> _storyReadCounter;
    private readonly Counter<long> _articleReadCounter;
    private readonly Counter<long> _storyBuildCounter;
    private readonly Histogram<double> _storyBuildSeconds;
    private long _requests;
    private long _serverErrors;
    private long _clientErrors;
    private long _ingests;
    private long _articlesAdded;
    private long _searches;
    private long _storyReads;
    private long _articleReads;

    public ServerMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(MeterName);
        _requestCounter = _meter.CreateCounter<long>("triangulate.server.requests", "{request}", "HTTP requests answered, by status class (2xx, 3xx, 4xx, 5xx).");
        _ingestCounter = _meter.CreateCounter<long>("triangulate.server.ingests", "{request}", "Ingest requests received.");
        _articlesAddedCounter = _meter.CreateCounter<long>("triangulate.server.articles_added", "{article}", "Articles new to the store.");
        _searchCounter = _meter.CreateCounter<long>("triangulate.server.searches", "{request}", "Search requests.");
        _storyReadCounter = _meter.CreateCounter<long>("triangulate.server.story_reads", "{request}", "Story list and story reads.");
        _articleReadCounter = _meter.CreateCounter<long>("triangulate.server.article_reads", "{request}", "Article reads.");
        _storyBuildCounter = _meter.CreateCounter<long>("triangulate.server.story_builds", "{build}", "Story computations, by outcome (ok, failed).");
        // Seconds, so the default buckets (made for milliseconds) would put every build in the first few.
        _storyBuildSeconds = _meter.CreateHistogram("triangulate.server.story_build.duration", "s", "Time to compute the stories.", tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600] });
    }

    public void Request(int status)
    {
        Interlocked.Increment(ref _requests);
        _requestCounter.Add(1, new KeyValuePair<string, object?>("status_class", StatusClass(status)));
        if (status >= 500)
        {
            Interlocked.Increment(ref _serverErrors);
        }
        else if (status >= 400)
        {
            Interlocked.Increment(ref _clientErrors);
        }
    }

    public void Ingest()
    {
        Interlocked.Increment(ref _ingests);
        _ingestCounter.Add(1);
    }

    public void ArticlesAdded(int count)
    {
        Interlocked.Add(ref _articlesAdded, count);
        _articlesAddedCounter.Add(count);
    }

    public void Search()
    {
        Interlocked.Increment(ref _searches);
        _searchCounter.Add(1);
    }

    public void StoryRead()
    {
        Interlocked.Increment(ref _storyReads);
        _storyReadCounter.Add(1);
    }

    public void ArticleRead()
    {
        Interlocked.Increment(ref _articleReads);
        _articleReadCounter.Add(1);
    }

    /// <summary>One story computation ended, well or not, after <paramref name="elapsed"/>.</summary>
    public void StoryBuild(bool ok, TimeSpan elapsed)
    {
        var outcome = new KeyValuePair<string, object?>("outcome", ok ? "ok" : "failed");
        _storyBuildCounter.Add(1, outcome);
        _storyBuildSeconds.Record(elapsed.TotalSeconds, outcome);
    }

    public MetricsReport Snapshot() => new(
        (long)_uptime.Elapsed.TotalSeconds,
        Interlocked.Read(ref _requests),
        Interlocked.Read(ref _clientErrors),
        Interlocked.Read(ref _serverErrors),
        Interlocked.Read(ref _ingests),
        Interlocked.Read(ref _articlesAdded),
        Interlocked.Read(ref _searches),
        Interlocked.Read(ref _storyReads),
        Interlocked.Read(ref _articleReads));

    public void Dispose() => _meter.Dispose();

    private static string StatusClass(int status) => status switch
    {
        >= 500 => "5xx",
        >= 400 => "4xx",
        >= 300 => "3xx",
        _ => "2xx",
    };
}
