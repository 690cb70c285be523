using Microsoft.AspNetCore.Authentication;

namespace Triangulate.Server.Security;

/// <summary>Options of the API-key authentication scheme (<see cref="ApiKeyAuthenticationHandler"/>).</summary>
public sealed class ApiKeyAuthenticationOptions : AuthenticationSchemeOptions
{
    /// <summary>The key write endpoints require; null or empty disables writes (every write answers 403).</summary>
    public string? ApiKey { get; set; }
}
