namespace Triangulate.Cluster.Sources;

/// <summary>A source grain's health record (the watcher's <c>SourceHealth</c>, kept in the store's watch tables) with
/// the silo it runs on and what it appended to the log since activation.</summary>
[GenerateSerializer, Immutable]
public sealed record SourceStatus
{
    [Id(0)] public required string Url { get; init; }
    [Id(1)] public required string Silo { get; init; }
    [Id(2)] public string? Kind { get; init; }
    [Id(3)] public DateTimeOffset? LastPolledAt { get; init; }
    [Id(4)] public DateTimeOffset? LastSuccessAt { get; init; }
    [Id(5)] public DateTimeOffset? LastErrorAt { get; init; }
    [Id(6)] public string? LastError { get; init; }
    [Id(7)] public int ConsecutiveFailures { get; init; }
    [Id(8)] public long Fetches { get; init; }
    [Id(9)] public long ItemsSeen { get; init; }

    /// <summary>Documents this activation appended to the ingest log (0 after a move to another silo).</summary>
    [Id(10)] public long Appended { get; init; }
}
