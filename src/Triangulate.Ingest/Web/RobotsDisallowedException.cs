namespace Triangulate.Ingest.Web;

/// <summary>robots.txt of the host does not allow the URL to be fetched; it was not requested.</summary>
public sealed class RobotsDisallowedException(Uri url) : FetchRefusedException($"robots.txt of {url.Host} disallows {url.AbsolutePath}; not fetched")
{
    public Uri Url { get; } = url;
}
