using System.Security.Cryptography;
using System.Text;

namespace Triangulate.Core.Model;

/// <summary>
/// Stable article ids: a hash of the outlet, the article's locator and its cleaned text, so the same
/// input always gives the same id and re-ingesting it is recognisably a no-op.
/// </summary>
public static class ArticleId
{
    public const string Prefix = "a-";

    /// <param name="outlet">Outlet name, or null.</param>
    /// <param name="locator">The article URL when known, else a machine-independent locator of the input
    /// (file name plus record position), so ids do not change when a folder is moved.</param>
    /// <param name="text">The cleaned text.</param>
    public static string Compute(string? outlet, string? locator, string text)
    {
        var payload = string.Concat(outlet ?? "", "\u001f", locator ?? "", "\u001f", text);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(payload), hash);
        return Prefix + Convert.ToHexStringLower(hash[..10]);
    }
}
