namespace Triangulate.Engine;

/// <summary>A progress sink that shows nothing: for runs no one watches (the server, benchmarks, background work).</summary>
public sealed class NoProgress : IProgressSink
{
    public static NoProgress Instance { get; } = new();

    private NoProgress()
    {
    }

    public void Advance(int articles, long inputUnits)
    {
    }
}
