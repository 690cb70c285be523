using System.Diagnostics;

namespace Triangulate.Engine.Living;

/// <summary>Where the single writer's time went, summed over the engine's life (for benchmarks and the docs' figures).</summary>
public sealed class EngineTimings
{
    private readonly long[] _ticks = new long[Phases.Length];

    public static readonly string[] Phases = ["encode", "lineage", "clustering", "commit", "sections", "settle", "rehydrate"];

    public TimeSpan this[string phase] => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks[Array.IndexOf(Phases, phase)]));

    private long _sectionStories;
    private long _sectionArticles;

    /// <summary>Stories whose sections were recomputed, and the articles those recomputes read (an article counts once per
    /// recompute of its story: the ratio to the articles ingested is how often the section path saw each one).</summary>
    public (long Stories, long Articles) Sections => (Interlocked.Read(ref _sectionStories), Interlocked.Read(ref _sectionArticles));

    internal void Add(string phase, long startTimestamp) => Interlocked.Add(ref _ticks[Array.IndexOf(Phases, phase)], Stopwatch.GetTimestamp() - startTimestamp);

    internal void CountSections(int stories, int articles)
    {
        Interlocked.Add(ref _sectionStories, stories);
        Interlocked.Add(ref _sectionArticles, articles);
    }

    public override string ToString() => string.Join(", ", Phases.Select(p => p == "sections"
        ? $"{p} {this[p].TotalSeconds:N1} s ({Sections.Stories:N0} recomputes, {Sections.Articles:N0} articles)"
        : $"{p} {this[p].TotalSeconds:N1} s"));
}
