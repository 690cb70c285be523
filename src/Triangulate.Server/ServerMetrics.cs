using System.Diagnostics;

namespace Triangulate.Server;

/// <summary>Process-wide counters for <c>GET /metrics</c>: cheap interlocked increments, no dependency.</summary>
public sealed class ServerMetrics
{
    private readonly Stopwatch _uptime = Stopwatch.StartNew();
    private long _requests;
    private long _serverErrors;
    private long _clientErrors;
    private long _ingests;
    private long _articlesAdded;
    private long _searches;
    private long _storyReads;
    private long _articleReads;

    public void Request(int status)
    {
        Interlocked.Increment(ref _requests);
        if (status >= 500)
        {
            Interlocked.Increment(ref _serverErrors);
        }
        else if (status >= 400)
        {
            Interlocked.Increment(ref _clientErrors);
        }
    }

    public void Ingest() => Interlocked.Increment(ref _ingests);

    public void ArticlesAdded(int count) => Interlocked.Add(ref _articlesAdded, count);

    public void Search() => Interlocked.Increment(ref _searches);

    public void StoryRead() => Interlocked.Increment(ref _storyReads);

    public void ArticleRead() => Interlocked.Increment(ref _articleReads);

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
}
