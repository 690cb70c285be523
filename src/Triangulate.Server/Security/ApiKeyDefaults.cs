namespace Triangulate.Server.Security;

/// <summary>Names of the API-key scheme, its write policy and the claim that identifies a key without holding it.</summary>
public static class ApiKeyDefaults
{
    public const string Scheme = "ApiKey";

    /// <summary>The authorization policy every write endpoint carries (<c>.RequireAuthorization(ApiKeyDefaults.WritePolicy)</c>).</summary>
    public const string WritePolicy = "write";

    /// <summary>A short SHA-256 digest of the presented key: the rate limiter's partition for writes, safe to log.</summary>
    public const string KeyIdClaim = "triangulate:key-id";
}
