using System.Net;

namespace Triangulate.Ingest.Web;

/// <summary>Limits for fetching from the web (URL ingest, feeds, the watcher). The defaults suit news pages.</summary>
public sealed class UrlFetchOptions
{
    /// <summary>The default User-Agent: names the project and says what it does, so a site operator can tell who is asking.</summary>
    public const string DefaultUserAgent = "Triangulate/1.0 (news research tool; polite: robots.txt, crawl-delay, one connection per host)";

    /// <summary>Whole fetch, redirects included: a slow server cannot hold a request open.
    /// Real time, not the injected clock: it bounds a network wait.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Largest body accepted, counted after decompression (a small compressed bomb is stopped too).</summary>
    public long MaxBytes { get; init; } = 4L * 1024 * 1024;

    public int MaxRedirects { get; init; } = 5;

    public string UserAgent { get; init; } = DefaultUserAgent;

    /// <summary>Host names (or literal addresses) that may resolve to private or loopback addresses: intranet
    /// sources and tests (<c>--allow-host</c>). Every other host must resolve to public addresses only.</summary>
    public IReadOnlySet<string> AllowedHosts { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Which resolved endpoints may be connected to; default <see cref="AddressPolicy.IsPublic(IPEndPoint)"/>.
    /// Tests widen it to one loopback port to exercise redirects and limits.</summary>
    public Func<IPEndPoint, bool> IsAllowed { get; init; } = AddressPolicy.IsPublic;

    /// <summary>Name resolution; default DNS. Tests map made-up host names to loopback with it.</summary>
    public Func<string, CancellationToken, Task<IPAddress[]>> Resolve { get; init; } = Dns.GetHostAddressesAsync;

    /// <summary>Whether <paramref name="host"/> was named in <see cref="AllowedHosts"/>.</summary>
    public bool IsAllowedHost(string host) => AllowedHosts.Count > 0 && AllowedHosts.Contains(host.Trim('[', ']'));
}
