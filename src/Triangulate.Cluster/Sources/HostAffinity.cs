using System.Globalization;
using System.Text;

namespace Triangulate.Cluster.Sources;

/// <summary>
/// Which silo watches a host: rendezvous (highest random weight) hashing of the address's host key
/// ("scheme://host:port", as <c>PoliteFetcher</c> paces it) against each silo's endpoint. Every silo computes the same
/// answer from the same silo list, and when a silo joins or leaves only the hosts it wins or held move.
/// </summary>
public static class HostAffinity
{
    /// <summary>The silo among <paramref name="silos"/> that should run the grain watching <paramref name="url"/>.</summary>
    public static SiloAddress Choose(string url, IReadOnlyList<SiloAddress> silos)
    {
        ArgumentNullException.ThrowIfNull(silos);
        if (silos.Count == 0)
        {
            throw new OrleansException("no silo can host a source grain");
        }

        var host = HostKey(url);
        var best = silos[0];
        var bestWeight = 0UL;
        for (var i = 0; i < silos.Count; i++)
        {
            // The endpoint, not the silo address: a silo restarted on the same port (new generation) keeps its hosts.
            var weight = Hash(host + "|" + silos[i].Endpoint.ToString());
            if (i == 0 || weight > bestWeight)
            {
                best = silos[i];
                bestWeight = weight;
            }
        }

        return best;
    }

    /// <summary>"scheme://host:port" of an absolute address; the address itself when it is not one.</summary>
    public static string HostKey(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? string.Concat(uri.Scheme, "://", uri.IdnHost, ":", uri.Port.ToString(CultureInfo.InvariantCulture))
            : url;

    /// <summary>FNV-1a over the UTF-8 bytes with a final avalanche (a stable hash: string.GetHashCode differs per process).</summary>
    private static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        return hash;
    }
}
