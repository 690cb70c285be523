using System.Collections.Concurrent;
using System.Net;

namespace Triangulate.Ingest.Web;

/// <summary>
/// Fetches the way a considerate crawler does, on top of <see cref="SafeFetcher"/>: robots.txt is read and obeyed
/// (Crawl-delay included) for every host and every redirect hop; one request per host at a time, each starting at
/// least the host's delay after the previous one; after a 429 or 5xx the host is left alone for its Retry-After or
/// an exponential back-off with jitter; redirects are taken one hop at a time (each hop is a scheduled request) up
/// to a limit, and a loop is refused. Time comes from the injected <see cref="TimeProvider"/>, so tests drive it.
/// </summary>
public sealed class PoliteFetcher : IDisposable
{
    private readonly SafeFetcher _fetcher;
    private readonly PolitenessOptions _options;
    private readonly TimeProvider _clock;
    private readonly ConcurrentDictionary<string, HostSchedule> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public PoliteFetcher(SafeFetcher fetcher, PolitenessOptions? options = null, TimeProvider? clock = null)
    {
        _fetcher = fetcher;
        _options = options ?? new PolitenessOptions();
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>Where robots.txt files are kept between processes (the watcher's store); null: in memory only.</summary>
    public IRobotsCache? RobotsCache { get; set; }

    public UrlFetchOptions FetchOptions => _fetcher.Options;

    public PolitenessOptions Options => _options;

    /// <summary>GETs <paramref name="request"/>'s URL, hop by hop. Its validators go with the first hop only.</summary>
    /// <exception cref="RobotsDisallowedException">robots.txt forbids the URL or a redirect target; nothing was requested there.</exception>
    /// <exception cref="HostBackoffException">The host asked for a pause longer than <see cref="PolitenessOptions.MaxQueueWait"/>.</exception>
    /// <exception cref="FetchRefusedException">Refused (address, size, time, redirect loop or limit) or failed.</exception>
    public async Task<FetchResponse> GetAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var hop = request with { FollowRedirects = false };
        for (var count = 0; count <= _fetcher.Options.MaxRedirects; count++)
        {
            if (!visited.Add(hop.Url.AbsoluteUri))
            {
                throw new FetchRefusedException($"redirect loop: {hop.Url.AbsoluteUri} was reached twice");
            }

            var host = Schedule(hop.Url);
            var robots = await RobotsAsync(host, cancellationToken).ConfigureAwait(false);
            if (!robots.IsAllowed(hop.Url))
            {
                throw new RobotsDisallowedException(hop.Url);
            }

            var response = await SendInTurnAsync(host, robots, hop, cancellationToken).ConfigureAwait(false);
            if (!response.IsRedirect)
            {
                return response;
            }

            hop = new FetchRequest(response.Location!, FollowRedirects: false);
        }

        throw new FetchRefusedException($"more than {_fetcher.Options.MaxRedirects} redirects");
    }

    /// <summary>The delay between two requests to <paramref name="url"/>'s host: the minimum, or its robots.txt Crawl-delay when longer.</summary>
    public TimeSpan DelayFor(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return DelayOf(Schedule(url).Robots);
    }

    /// <summary>Requests sent to each host so far, robots.txt included.</summary>
    public IReadOnlyDictionary<string, long> RequestsPerHost() => _hosts.ToDictionary(h => h.Key, h => h.Value.Requests, StringComparer.OrdinalIgnoreCase);

    private TimeSpan DelayOf(RobotsTxt? robots)
    {
        var crawl = robots?.CrawlDelay is { } d ? (d > _options.MaxCrawlDelay ? _options.MaxCrawlDelay : d) : TimeSpan.Zero;
        return crawl > _options.MinHostDelay ? crawl : _options.MinHostDelay;
    }

    private HostSchedule Schedule(Uri url) => _hosts.GetOrAdd(HostKey(url), static key => new HostSchedule(key));

    private static string HostKey(Uri url) => string.Concat(url.Scheme, "://", url.IdnHost, ":", url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private async Task<RobotsTxt> RobotsAsync(HostSchedule host, CancellationToken ct)
    {
        var now = _clock.GetUtcNow();
        if (host.Robots is { } cached && now < host.RobotsExpiry)
        {
            return cached;
        }

        if (RobotsCache is not null && await RobotsCache.GetRobotsAsync(host.Key, ct).ConfigureAwait(false) is { } stored && now < stored.Expires)
        {
            return Remember(host, RobotsTxt.Parse(stored.Text, _options.ProductToken), stored.Expires);
        }

        var (text, lifetime) = await FetchRobotsAsync(host, ct).ConfigureAwait(false);
        var expires = _clock.GetUtcNow() + lifetime;
        if (RobotsCache is not null)
        {
            await RobotsCache.SaveRobotsAsync(host.Key, text, expires, ct).ConfigureAwait(false);
        }

        return Remember(host, RobotsTxt.Parse(text, _options.ProductToken), expires);
    }

    private static RobotsTxt Remember(HostSchedule host, RobotsTxt robots, DateTimeOffset expires)
    {
        host.Robots = robots;
        host.RobotsExpiry = expires;
        return robots;
    }

    /// <summary>The robots.txt text to obey and how long to keep it: the file (2xx); nothing (4xx: everything allowed,
    /// RFC 9309 §2.3.1.3); or, when it cannot be had (429, 5xx, network), everything disallowed for an hour (§2.3.1.4).
    /// (After a timeout or a dropped connection, only for five minutes.) A refused address is not "unreachable": it is
    /// refused for the page too, so the refusal is passed on.</summary>
    private async Task<(string Text, TimeSpan Lifetime)> FetchRobotsAsync(HostSchedule host, CancellationToken ct)
    {
        const string disallowAll = "User-agent: *\nDisallow: /\n";
        try
        {
            var response = await SendInTurnAsync(host, null, new FetchRequest(new Uri(new Uri(host.Key), "/robots.txt")), ct).ConfigureAwait(false);
            return (int)response.Status switch
            {
                >= 200 and < 300 => (SafeFetcher.Decode(response.Body, "utf-8"), _options.RobotsLifetime),
                429 or >= 500 => (disallowAll, TimeSpan.FromHours(1)),
                _ => (string.Empty, _options.RobotsLifetime),
            };
        }
        catch (FetchRefusedException ex) when (ex is not AddressRefusedException and not HostBackoffException && !ct.IsCancellationRequested)
        {
            // A timeout or a dropped connection may pass in a minute: disallow, but ask again soon.
            return (disallowAll, TimeSpan.FromMinutes(5));
        }
    }

    private async Task<FetchResponse> SendInTurnAsync(HostSchedule host, RobotsTxt? robots, FetchRequest request, CancellationToken ct)
    {
        await host.Turn.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await WaitForTurnAsync(host, DelayOf(robots ?? host.Robots), ct).ConfigureAwait(false);
            host.LastStart = _clock.GetUtcNow();
            host.Requests++;
            FetchResponse response;
            try
            {
                response = await _fetcher.SendAsync(request, ct).ConfigureAwait(false);
            }
            catch (FetchRefusedException) when (!ct.IsCancellationRequested)
            {
                host.Failures++;
                throw;
            }

            Record(host, response);
            return response;
        }
        finally
        {
            host.Turn.Release();
        }
    }

    private async Task WaitForTurnAsync(HostSchedule host, TimeSpan delay, CancellationToken ct)
    {
        var now = _clock.GetUtcNow();
        var due = host.LastStart is { } last ? last + delay : now;
        if (host.BlockedUntil > due)
        {
            due = host.BlockedUntil;
        }

        if (due - now > _options.MaxQueueWait)
        {
            throw new HostBackoffException(new Uri(host.Key).Host, due);
        }

        if (due > now)
        {
            await Task.Delay(due - now, _clock, ct).ConfigureAwait(false);
        }
    }

    private void Record(HostSchedule host, FetchResponse response)
    {
        var status = (int)response.Status;
        if (status is 429 or 503 || status >= 500)
        {
            host.Failures++;
            var pause = response.RetryAfter ?? Backoff(status is 429 or 503 ? _options.RateLimitBackoff : _options.MinHostDelay, host.Failures);
            host.BlockedUntil = _clock.GetUtcNow() + (pause > _options.MaxBackoff ? _options.MaxBackoff : pause);
        }
        else
        {
            host.Failures = 0;
        }
    }

    /// <summary>base × 2^(failures−1), capped, times a jitter in [0.8, 1.2) so hosts that failed together do not retry together.</summary>
    private TimeSpan Backoff(TimeSpan first, int failures)
    {
        var factor = Math.Pow(2, Math.Min(failures - 1, 20)) * (0.8 + (0.4 * Random.Shared.NextDouble()));
        var ticks = Math.Min(first.Ticks * factor, _options.MaxBackoff.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }

    public void Dispose()
    {
        foreach (var host in _hosts.Values)
        {
            host.Turn.Dispose();
        }

        _fetcher.Dispose();
    }
}
