using Triangulate.Core.Pipeline;

namespace Triangulate.Cli.Configuration;

/// <summary>The stage runner's budgets and threads (section <c>Pipeline</c>; --parallelism sets Parallelism).</summary>
public sealed class PipelineSettings
{
    public const string Section = "Pipeline";

    /// <summary>Worker threads for per-article work; 0 means one per core.</summary>
    public int Parallelism { get; set; }

    /// <summary>Longest one per-article stage may run on one article before it is stopped (TRI4002).</summary>
    public TimeSpan StageBudget { get; set; } = new PipelineOptions().StageBudget;

    /// <summary>Longest one corpus stage (stories, lineage…) may run before it is stopped (TRI4002).</summary>
    public TimeSpan CorpusStageBudget { get; set; } = new PipelineOptions().CorpusStageBudget;

    public PipelineOptions ToOptions() => new()
    {
        Parallelism = Parallelism > 0 ? Parallelism : Environment.ProcessorCount,
        StageBudget = StageBudget,
        CorpusStageBudget = CorpusStageBudget,
    };
}
