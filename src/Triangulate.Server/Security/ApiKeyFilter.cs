using Microsoft.AspNetCore.Http;

namespace Triangulate.Server.Security;

/// <summary>
/// Guards write endpoints: <c>X-Api-Key</c> must match the configured key. Without a configured key writes are
/// disabled outright — trusting loopback clients instead would open writes to everyone behind a local reverse proxy.
/// (<c>triangulate serve</c> generates and prints a key when none is given.)
/// </summary>
public sealed class ApiKeyFilter(string? apiKey) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (string.IsNullOrEmpty(apiKey))
        {
            return ValueTask.FromResult<object?>(Results.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Writes disabled",
                detail: "this server was started without an API key, so write endpoints are disabled"));
        }

        if (!ApiKeyCheck.Matches(context.HttpContext.Request.Headers[ApiKeyCheck.HeaderName].FirstOrDefault(), apiKey))
        {
            return ValueTask.FromResult<object?>(Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "API key required",
                detail: $"write endpoints need the server's API key in the {ApiKeyCheck.HeaderName} header"));
        }

        return next(context);
    }
}
