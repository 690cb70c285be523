using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Triangulate.Server.Security;

/// <summary>Writes RFC 7807 problem documents from middleware (authentication, rate limiting), where no endpoint
/// result exists yet; endpoints return <c>TypedResults.Problem</c> and the status-code pages cover the rest.</summary>
public static class Problems
{
    public static async Task WriteAsync(HttpContext context, int status, string title, string detail, Action<HttpResponse>? headers = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.Response;
        if (response.HasStarted)
        {
            return;
        }

        response.StatusCode = status;
        headers?.Invoke(response);
        var writer = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await writer.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        }).ConfigureAwait(false);
    }
}
