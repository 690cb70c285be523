using System.Security.Cryptography;
using System.Text;

namespace Triangulate.Server.Security;

/// <summary>Compares a presented API key with the configured one in constant time.</summary>
public static class ApiKeyCheck
{
    public const string HeaderName = "X-Api-Key";

    /// <summary>Hashing first makes both sides the same length, so neither the content nor the length leaks through timing.</summary>
    public static bool Matches(string? presented, string expected)
    {
        if (presented is null)
        {
            return false;
        }

        Span<byte> a = stackalloc byte[32];
        Span<byte> b = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(presented), a);
        SHA256.HashData(Encoding.UTF8.GetBytes(expected), b);
        return CryptographicOperations.FixedTimeEquals(a, b);
    }
}
