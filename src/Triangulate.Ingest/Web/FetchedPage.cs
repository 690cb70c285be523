namespace Triangulate.Ingest.Web;

/// <summary>A fetched page: the final URL after redirects, its media type and decoded body.</summary>
public sealed record FetchedPage(Uri Url, string? MediaType, string Body);
