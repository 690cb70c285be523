namespace Triangulate.Core.Pipeline;

/// <summary>A stage that looks across all articles of a run (lineage, clustering, claims).</summary>
public interface ICorpusStage : IStage
{
    void Process(CorpusContext context, CancellationToken cancellationToken);
}
