namespace Triangulate.Stories.Lineage;

/// <summary>Whether two articles derive from one report, why, and how strongly (for choosing among lineages).</summary>
/// <param name="Reason">exact | copy | narrative | credited | none | conflicting-credits.</param>
/// <param name="SharedCredit">The outlet key both articles credit, when that decided it.</param>
public sealed record PairVerdict(bool Same, double Score, string Reason, string? SharedCredit = null)
{
    public static PairVerdict No(string reason = "none") => new(false, 0, reason);
}
