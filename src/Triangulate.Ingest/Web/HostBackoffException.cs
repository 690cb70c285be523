namespace Triangulate.Ingest.Web;

/// <summary>The host asked for a pause (Retry-After, or back-off after 429/5xx) longer than a request may wait in line.</summary>
public sealed class HostBackoffException(string host, DateTimeOffset retryAt) : FetchRefusedException($"{host} asked for a pause until {retryAt:u}; not fetched now")
{
    public string Host { get; } = host;

    public DateTimeOffset RetryAt { get; } = retryAt;
}
