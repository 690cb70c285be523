namespace Triangulate.Ingest.Web;

/// <summary>What <see cref="PoliteFetcher"/> knows about one host: its turn (one request at a time), when its last
/// request started, how long it asked us to stay away, and its robots.txt.</summary>
internal sealed class HostSchedule(string key)
{
    public string Key { get; } = key;

    /// <summary>One request in flight per host.</summary>
    public SemaphoreSlim Turn { get; } = new(1, 1);

    public DateTimeOffset? LastStart { get; set; }

    public DateTimeOffset BlockedUntil { get; set; } = DateTimeOffset.MinValue;

    /// <summary>Consecutive 429/5xx answers or failed fetches; resets on a good answer.</summary>
    public int Failures { get; set; }

    public RobotsTxt? Robots { get; set; }

    public DateTimeOffset RobotsExpiry { get; set; } = DateTimeOffset.MinValue;

    /// <summary>Requests sent to the host (robots.txt included).</summary>
    public long Requests { get; set; }
}
