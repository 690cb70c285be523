namespace Triangulate.Reliability.Tests.Properties;

/// <summary>A stage threw on a generated case: names the stage, keeps what it threw.</summary>
public sealed class StageThrewException(string stage, Exception inner)
    : Exception($"stage '{stage}' threw {inner.GetType().Name}: {inner.Message}", inner)
{
    public string Stage { get; } = stage;
}
