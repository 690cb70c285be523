using System.Net;
using Microsoft.AspNetCore.Http;

namespace Triangulate.Server.Security;

/// <summary>
/// Guards write endpoints. With a key configured, <c>X-Api-Key</c> must match it. Without one (allowed only
/// when the server is bound to loopback), writes are accepted only from loopback clients.
/// </summary>
public sealed class ApiKeyFilter(string? apiKey) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var allowed = string.IsNullOrEmpty(apiKey)
            ? http.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote)
            : ApiKeyCheck.Matches(http.Request.Headers[ApiKeyCheck.HeaderName].FirstOrDefault(), apiKey);
        if (!allowed)
        {
            return ValueTask.FromResult<object?>(Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "API key required",
                detail: $"write endpoints need the server's API key in the {ApiKeyCheck.HeaderName} header"));
        }

        return next(context);
    }
}
