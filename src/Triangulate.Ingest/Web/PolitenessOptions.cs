namespace Triangulate.Ingest.Web;

/// <summary>How <see cref="PoliteFetcher"/> treats each host. The defaults are those of a careful crawler.</summary>
public sealed class PolitenessOptions
{
    /// <summary>Least time between the starts of two requests to one host; a robots.txt Crawl-delay can only lengthen it.</summary>
    public TimeSpan MinHostDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest Crawl-delay honoured as such; a larger one is read as this (a site asking for one request an
    /// hour would otherwise stall every source on it).</summary>
    public TimeSpan MaxCrawlDelay { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Longest a request waits in line for its host; a host that asked for a longer pause (Retry-After,
    /// back-off) makes the request fail with <see cref="HostBackoffException"/> so the caller can come back later.</summary>
    public TimeSpan MaxQueueWait { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>First pause after a 429 or 503 without Retry-After; doubled for each further one, with ±20 % jitter.</summary>
    public TimeSpan RateLimitBackoff { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest back-off (and longest Retry-After honoured).</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromHours(6);

    /// <summary>How long a robots.txt is kept before it is fetched again (an unreachable one is retried after an hour).</summary>
    public TimeSpan RobotsLifetime { get; init; } = TimeSpan.FromHours(24);

    /// <summary>The product token looked for in robots.txt User-agent lines.</summary>
    public string ProductToken { get; init; } = "Triangulate";
}
