namespace Triangulate.Ingest.Web;

/// <summary>One GET: the URL, the validators of a conditional request, and whether redirects are followed here.</summary>
/// <param name="FollowRedirects">False: a 3xx comes back as it is (with <see cref="FetchResponse.Location"/>), so a
/// caller that schedules each request itself (the watcher's per-host delay, robots.txt) can take each hop in turn.</param>
public sealed record FetchRequest(Uri Url, string? IfNoneMatch = null, DateTimeOffset? IfModifiedSince = null, bool FollowRedirects = true);
