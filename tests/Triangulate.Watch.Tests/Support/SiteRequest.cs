namespace Triangulate.Watch.Tests.Support;

/// <summary>One request the fake site received: when (on its clock), what, whether it was conditional, and the answer.
/// A struct kept in a preallocated array, so the log does not grow the heap that the memory check measures.</summary>
public record struct SiteRequest(DateTimeOffset At, string Host, string PathAndQuery, bool Conditional, string? AcceptEncoding, string? UserAgent)
{
    public int Status { get; set; }

    public string? ContentEncoding { get; set; }

    public readonly string Path => PathAndQuery.Split('?')[0];
}
