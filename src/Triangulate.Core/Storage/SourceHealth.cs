namespace Triangulate.Core.Storage;

/// <summary>How a source has been doing: when it last answered well, its last error, how many items it has listed, and its latency.</summary>
public sealed record SourceHealth
{
    public DateTimeOffset? LastPolledAt { get; init; }

    public DateTimeOffset? LastSuccessAt { get; init; }

    public DateTimeOffset? LastErrorAt { get; init; }

    public string? LastError { get; init; }

    /// <summary>Failed polls in a row (0 after a good one); drives the source's back-off.</summary>
    public int ConsecutiveFailures { get; init; }

    /// <summary>Polls that reached the server (answered 2xx or 304).</summary>
    public long Fetches { get; init; }

    /// <summary>Of <see cref="Fetches"/>, those answered 304 Not Modified.</summary>
    public long NotModified { get; init; }

    /// <summary>Entries its listings have held, counted once per distinct address.</summary>
    public long ItemsSeen { get; init; }

    public long TotalLatencyMs { get; init; }

    public double? AverageLatencyMs => Fetches == 0 ? null : (double)TotalLatencyMs / Fetches;
}
