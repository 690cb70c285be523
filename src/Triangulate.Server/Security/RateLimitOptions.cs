namespace Triangulate.Server.Security;

/// <summary>
/// Request limits (<see cref="RequestLimiter"/>). Writes are limited per API key, reads per client address; past
/// <see cref="MaxConcurrentRequests"/> in flight the server sheds load with 503 instead of queueing without end.
/// Defaults suit one newsroom on one machine; a load test raises them.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>Write requests (ingest) one API key may make per <see cref="Window"/>. Default 120.</summary>
    public int WritesPerWindow { get; init; } = 120;

    /// <summary>Read requests one client address may make per <see cref="Window"/>. Default 1,200.</summary>
    public int ReadsPerWindow { get; init; } = 1_200;

    /// <summary>The refill period of both buckets. Default one minute.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Requests handled at once, all clients together, before new ones get 503. Default 256.</summary>
    public int MaxConcurrentRequests { get; init; } = 256;

    /// <summary>No limit at all: load tests and benchmarks.</summary>
    public static RateLimitOptions Unlimited { get; } = new()
    {
        WritesPerWindow = int.MaxValue,
        ReadsPerWindow = int.MaxValue,
        MaxConcurrentRequests = int.MaxValue,
    };
}
