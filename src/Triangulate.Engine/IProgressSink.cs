namespace Triangulate.Engine;

/// <summary>Receives progress of a long run: articles done and input characters consumed.</summary>
public interface IProgressSink
{
    void Advance(int articles, long inputUnits);
}
