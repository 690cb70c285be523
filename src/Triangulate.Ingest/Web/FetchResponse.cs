using System.Net;

namespace Triangulate.Ingest.Web;

/// <summary>
/// What a server answered: the status (304, 429 and 5xx come back as answers, not exceptions), the final URL
/// after followed redirects, the validators for the next conditional request, Retry-After, and the body of a
/// 2xx answer (decompressed, within the size cap).
/// </summary>
public sealed record FetchResponse(Uri Url, HttpStatusCode Status, byte[] Body, TimeSpan Elapsed)
{
    public string? MediaType { get; init; }

    public string? Charset { get; init; }

    public string? ETag { get; init; }

    public DateTimeOffset? LastModified { get; init; }

    /// <summary>How long the server asked us to wait (Retry-After as seconds or as a date, relative to its Date header).</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The absolute target of a redirect that was not followed.</summary>
    public Uri? Location { get; init; }

    public bool IsSuccess => (int)Status is >= 200 and < 300;

    public bool IsNotModified => Status == HttpStatusCode.NotModified;

    public bool IsRedirect => (int)Status is >= 300 and < 400 && Location is not null;
}
