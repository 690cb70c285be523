namespace Triangulate.Core.Revisions;

/// <summary>
/// Told about every stored revision after the first (see <see cref="ArticleRevised"/>). The seam between the
/// watcher and the story engine: a change to a figure, a quote or an attribution becomes a story event there,
/// and a figure change an update of the figure track by the same outlet. Called after the revision is stored;
/// an observer that throws is logged and does not stop the watcher, and after a crash the revision is not
/// offered again, so an observer that must not miss one reads <c>IRevisionStore</c> on start.
/// </summary>
public interface IRevisionObserver
{
    Task OnRevisedAsync(ArticleRevised revised, CancellationToken cancellationToken);
}
