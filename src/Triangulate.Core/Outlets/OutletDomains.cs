namespace Triangulate.Core.Outlets;

/// <summary>Hosts as the registry compares them: lower case, without "www.", parents found label by label.</summary>
public static class OutletDomains
{
    /// <summary>The host of an absolute http(s) URL or a bare host, lower case and without a leading "www.";
    /// null when there is none ("https://www.BBC.co.uk/news" → "bbc.co.uk").</summary>
    public static string? HostOf(string? urlOrHost)
    {
        if (string.IsNullOrWhiteSpace(urlOrHost))
        {
            return null;
        }

        string host;
        if (urlOrHost.Contains("://", StringComparison.Ordinal))
        {
            if (!Uri.TryCreate(urlOrHost.Trim(), UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            {
                return null;
            }

            host = uri.Host;
        }
        else
        {
            host = urlOrHost.Trim();
        }

        host = host.TrimEnd('.').ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        return host.Contains('.', StringComparison.Ordinal) ? host : null;
    }

    /// <summary>The host without its first label, while at least two labels remain ("a.b.com" → "b.com" → null).</summary>
    public static string? Parent(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var dot = host.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return null;
        }

        var parent = host[(dot + 1)..];
        return parent.Contains('.', StringComparison.Ordinal) ? parent : null;
    }
}
