namespace Triangulate.Cluster.Log;

/// <summary>The ingest log's state for <c>cluster status</c>: messages kept, not yet delivered, delivered but
/// not acknowledged (in work, or on a silo that died), and delivered more than once so far.</summary>
public sealed record LogLag(long Messages, long Pending, long AckPending, long Redelivered)
{
    public long Lag => Pending + AckPending;
}
