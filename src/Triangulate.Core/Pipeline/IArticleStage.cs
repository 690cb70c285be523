using Triangulate.Core.Model;

namespace Triangulate.Core.Pipeline;

/// <summary>
/// A stage that annotates one article at a time. It may run on many threads at once, on different
/// articles; it must only add layers, never change <see cref="Article.Text"/>. The token fires when the
/// stage's time budget for this article runs out: long loops should check it.
/// </summary>
public interface IArticleStage : IStage
{
    void Process(Article article, CancellationToken cancellationToken);
}
