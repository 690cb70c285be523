namespace Triangulate.Core.Pipeline;

/// <summary>Limits that keep pathological input from stalling a batch.</summary>
public sealed record PipelineOptions
{
    /// <summary>Worker threads for per-article work. Default: one per core.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Time budget of one per-article stage on one article. Default 10 s: ample for a 1 MB article on a slow core.</summary>
    public TimeSpan StageBudget { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Time budget of one corpus stage. Default 10 minutes.</summary>
    public TimeSpan CorpusStageBudget { get; init; } = TimeSpan.FromMinutes(10);
}
