namespace Triangulate.Benchmarks;

/// <summary>
/// Marks a benchmark class that reads data sets under ../shared/data (paths relative to it); without them the
/// class is skipped with a message naming what is missing, and the demo-corpus benchmarks still run.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class NeedsSharedDataAttribute(params string[] paths) : Attribute
{
    public IReadOnlyList<string> Paths { get; } = paths;
}
