using Triangulate.Engine;

namespace Triangulate.ScaleOut.Tests;

/// <summary>A progress sink that shows nothing.</summary>
public sealed class NoProgress : IProgressSink
{
    public void Advance(int articles, long inputUnits)
    {
    }
}
