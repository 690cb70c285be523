namespace Triangulate.Engine;

/// <summary>Receives progress of a long run: articles done and input characters consumed, then the corpus stages.</summary>
public interface IProgressSink
{
    void Advance(int articles, long inputUnits);

    /// <summary>
    /// The corpus stages (lineage, stories, claims…) run after every article is done and can take as long as the
    /// articles did: <paramref name="done"/> of <paramref name="total"/> stages have finished and <paramref name="next"/>
    /// starts now (null once all are done). A sink that shows a bar moves it on here instead of sitting at the end of
    /// the article phase.
    /// </summary>
    void CorpusStage(int done, int total, string? next)
    {
    }
}
