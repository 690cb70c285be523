using System.Diagnostics;

namespace Triangulate.Engine.Living;

/// <summary>Where the single writer's time went, summed over the engine's life (for benchmarks and the docs' figures).</summary>
public sealed class EngineTimings
{
    private readonly long[] _ticks = new long[Phases.Length];

    public static readonly string[] Phases = ["encode", "lineage", "clustering", "commit", "sections", "settle", "rehydrate"];

    public TimeSpan this[string phase] => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks[Array.IndexOf(Phases, phase)]));

    internal void Add(string phase, long startTimestamp) => Interlocked.Add(ref _ticks[Array.IndexOf(Phases, phase)], Stopwatch.GetTimestamp() - startTimestamp);

    public override string ToString() => string.Join(", ", Phases.Select(p => $"{p} {this[p].TotalSeconds:N1} s"));
}
