using System.Collections.Concurrent;
using Triangulate.Core.Model;

namespace Triangulate.Core.Pipeline;

/// <summary>
/// Time spent in each per-article stage (and extraction), summed over a runner's life. It is what lets a
/// single-process ingest and a cluster's silos be compared stage by stage (docs/scale-out.md): both run the same
/// <see cref="PipelineRunner"/>, so both report the same names. Stage time is the stage's elapsed time on its own
/// thread, which equals its CPU time on a machine with a free core per worker.
/// </summary>
public sealed class StageTimings
{
    private readonly ConcurrentDictionary<string, Total> _totals = new(StringComparer.Ordinal);

    /// <summary>Stages in the order first seen (pipeline order), with their summed time and article count.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Elapsed, long Articles)> Snapshot() =>
        [.. _totals.OrderBy(p => p.Value.Order).Select(p => (p.Key, TimeSpan.FromTicks(Interlocked.Read(ref p.Value.Ticks)), Interlocked.Read(ref p.Value.Count)))];

    /// <summary>Adds an article's stage outcomes; skipped stages add nothing.</summary>
    public void Add(IEnumerable<StageOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        foreach (var outcome in outcomes)
        {
            if (outcome.Status == StageStatus.Skipped)
            {
                continue;
            }

            // Count locks every bucket: only pay it the first time a stage is seen.
            if (!_totals.TryGetValue(outcome.Stage, out var total))
            {
                total = _totals.GetOrAdd(outcome.Stage, new Total(_totals.Count));
            }

            Interlocked.Add(ref total.Ticks, outcome.Elapsed.Ticks);
            Interlocked.Increment(ref total.Count);
        }
    }

    /// <summary>One line for logs: "extract 1.20 s, language 0.31 s, …" (seconds over all articles).</summary>
    public override string ToString() =>
        string.Join(", ", Snapshot().Select(s => $"{s.Stage} {s.Elapsed.TotalSeconds.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)} s"));

    private sealed class Total(int order)
    {
        public readonly int Order = order;
        public long Ticks;
        public long Count;
    }
}
