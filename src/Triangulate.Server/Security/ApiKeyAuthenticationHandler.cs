using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Triangulate.Server.Security;

/// <summary>
/// The API key as an ASP.NET Core authentication scheme. It runs in the authentication middleware, before the
/// endpoint binds (or reads a byte of) the request body, so an unauthenticated write gets 401 whatever its body or
/// content type. The key is compared in constant time (<see cref="ApiKeyCheck"/>) and never logged: a failure
/// says only that the key was wrong. Challenges and refusals are problem+json.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<ApiKeyAuthenticationOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<ApiKeyAuthenticationOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers[ApiKeyCheck.HeaderName];
        if (presented.Count == 0 || string.IsNullOrEmpty(Options.ApiKey))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (presented.Count > 1 || !ApiKeyCheck.Matches(presented[0], Options.ApiKey))
        {
            return Task.FromResult(AuthenticateResult.Fail("the API key presented is not this server's"));
        }

        var identity = new ClaimsIdentity([new Claim(ApiKeyDefaults.KeyIdClaim, KeyId(presented[0]!))], Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        // Without a configured key no request can be allowed to write; say so instead of asking for a key.
        return string.IsNullOrEmpty(Options.ApiKey)
            ? WritesDisabledAsync()
            : Problems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "API key required",
                $"write endpoints need the server's API key in the {ApiKeyCheck.HeaderName} header",
                response => response.Headers.WWWAuthenticate = $"{ApiKeyDefaults.Scheme} header=\"{ApiKeyCheck.HeaderName}\"");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => WritesDisabledAsync();

    private Task WritesDisabledAsync() => Problems.WriteAsync(Context, StatusCodes.Status403Forbidden, "Writes disabled",
        "this server was started without an API key, so write endpoints are disabled");

    private static string KeyId(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 8));
}
