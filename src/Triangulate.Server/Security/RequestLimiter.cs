using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Triangulate.Server.Logging;

namespace Triangulate.Server.Security;

/// <summary>
/// ASP.NET Core's rate limiter, configured from <see cref="RateLimitOptions"/>: a token bucket per API key for
/// writes (per client address while the key is missing or wrong, so guessing keys is limited too), a token bucket
/// per client address for reads, and one concurrency limit over everything. Over a bucket: 429 with Retry-After
/// (the seconds until a token is back); over the concurrency limit: 503 with Retry-After: 1. Both are problem+json.
/// </summary>
public static class RequestLimiter
{
    public static IServiceCollection AddTriangulateRateLimits(this IServiceCollection services, RateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(Concurrency(options), PerClient(options));
            limiter.OnRejected = OnRejectedAsync;
        });
    }

    private static PartitionedRateLimiter<HttpContext> Concurrency(RateLimitOptions options) =>
        PartitionedRateLimiter.Create<HttpContext, string>(_ => RateLimitPartition.GetConcurrencyLimiter("all",
            _ => new ConcurrencyLimiterOptions { PermitLimit = options.MaxConcurrentRequests, QueueLimit = 0 }));

    private static PartitionedRateLimiter<HttpContext> PerClient(RateLimitOptions options) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var write = !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method);
            var keyId = context.User.FindFirst(ApiKeyDefaults.KeyIdClaim)?.Value;
            var partition = write && keyId is not null ? "key:" + keyId : (write ? "write-ip:" : "read-ip:") + context.Connection.RemoteIpAddress;
            var limit = write ? options.WritesPerWindow : options.ReadsPerWindow;
            return RateLimitPartition.GetTokenBucketLimiter(partition, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = limit,
                TokensPerPeriod = limit,
                ReplenishmentPeriod = options.Window,
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        });

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var context = rejected.HttpContext;
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(ServerLog.Category);
        var status = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out _) ? StatusCodes.Status429TooManyRequests : StatusCodes.Status503ServiceUnavailable;
        ServerLog.RequestRateLimited(logger, context.Request.Method, context.Request.Path.Value ?? "/", status);
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            await Problems.WriteAsync(context, StatusCodes.Status429TooManyRequests, "Too many requests",
                $"this client has used its requests for now; retry in {seconds} s",
                r => r.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
            return;
        }

        await Problems.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Server busy",
            "the server is handling as many requests as it can; retry in a moment",
            r => r.Headers.RetryAfter = "1").ConfigureAwait(false);
    }
}
