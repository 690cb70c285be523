using Triangulate.Core.Dossier;
using Triangulate.Core.Storage;

namespace Triangulate.Reports.Building;

/// <summary>Adds to each dossier article the revisions the watcher kept of it (<c>articles[].revisions</c>).</summary>
public static class DossierRevisions
{
    public static async Task AttachAsync(DossierDocument dossier, IRevisionStore revisions, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(revisions);
        foreach (var article in dossier.Articles)
        {
            var list = await revisions.RevisionsOfArticleAsync(article.Id, ct).ConfigureAwait(false);
            if (list.Count > 0)
            {
                article.Revisions = [.. list.Select(ToDossier)];
            }
        }
    }

    public static DossierRevision ToDossier(ArticleRevision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        return new DossierRevision
        {
            Number = revision.Number,
            ArticleId = revision.ArticleId,
            SeenAt = revision.SeenAt,
            Title = revision.Title,
            Changes = [.. revision.Changes.Select(c => new DossierRevisionChange
            {
                Op = c.Op, Aspects = c.Aspects.Count == 0 ? null : [.. c.Aspects], Before = c.Before, After = c.After,
            })],
        };
    }
}
