using System.Net;

namespace Triangulate.Server.Security;

/// <summary>The server refuses to listen beyond this machine without an API key: anyone on the network could write.</summary>
public static class BindingPolicy
{
    /// <exception cref="UnsafeBindingException">A URL binds a non-loopback address and no key is set.</exception>
    public static void Check(IReadOnlyList<string> urls, string? apiKey)
    {
        if (!string.IsNullOrEmpty(apiKey))
        {
            return;
        }

        foreach (var url in urls)
        {
            if (!IsLoopback(url))
            {
                throw new UnsafeBindingException(
                    $"refusing to listen on {url} without an API key: set --api-key (or TRIANGULATE_API_KEY), or bind 127.0.0.1.");
            }
        }
    }

    /// <summary>True for localhost, 127.0.0.0/8 and ::1; wildcards (*, +, 0.0.0.0, [::]) and names are not loopback.</summary>
    public static bool IsLoopback(string url)
    {
        // Kestrel accepts "http://*:5000" and "http://+:5000", which Uri does not parse as hosts.
        var withHost = url.Replace("://*", "://wildcard.invalid", StringComparison.Ordinal).Replace("://+", "://wildcard.invalid", StringComparison.Ordinal);
        if (!Uri.TryCreate(withHost, UriKind.Absolute, out var uri))
        {
            return false;
        }

        if (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(uri.IdnHost, out var address) && IPAddress.IsLoopback(address);
    }
}
