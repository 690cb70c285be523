using System.Net;

namespace Triangulate.Server.Security;

/// <summary>Limits for URL ingest. The defaults suit news pages.</summary>
public sealed class UrlFetchOptions
{
    /// <summary>Whole fetch, redirects included: a slow server cannot hold a request open.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    public long MaxBytes { get; init; } = 4L * 1024 * 1024;

    public int MaxRedirects { get; init; } = 5;

    /// <summary>Which resolved endpoints may be connected to; default <see cref="AddressPolicy.IsPublic(IPEndPoint)"/>.
    /// Tests widen it to one loopback port to exercise redirects and limits.</summary>
    public Func<IPEndPoint, bool> IsAllowed { get; init; } = AddressPolicy.IsPublic;
}
