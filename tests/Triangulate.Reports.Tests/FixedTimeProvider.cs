namespace Triangulate.Reports.Tests;

/// <summary>A clock that always says the same instant, so dossiers are reproducible in tests.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
