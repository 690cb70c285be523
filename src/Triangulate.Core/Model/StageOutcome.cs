namespace Triangulate.Core.Model;

/// <summary>What happened when one stage processed one article.</summary>
public sealed record StageOutcome(string Stage, string Version, StageStatus Status, TimeSpan Elapsed, string? Code = null, string? Message = null);

public enum StageStatus
{
    Succeeded,
    Failed,
    TimedOut,
    Skipped,
}
