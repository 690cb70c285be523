using Triangulate.Core.Model;
using Triangulate.Core.Storage;

namespace Triangulate.Engine;

/// <summary>
/// Stored articles as part of a corpus: the server's stories and <c>analyze --include-stored</c> both
/// analyse what earlier runs stored, so a story that grows over several runs is told whole.
/// </summary>
public static class StoredCorpus
{
    private const int PageSize = 500;

    /// <summary>Up to <paramref name="max"/> stored articles, newest first, skipping ids in <paramref name="except"/>.
    /// The store keeps text and metadata only; run <see cref="ArticleAnnotator"/> before the corpus stages.</summary>
    public static async Task<List<Article>> LoadNewestAsync(IArticleStore store, int max, IReadOnlySet<string>? except, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        var articles = new List<Article>();
        for (var offset = 0; articles.Count < max; offset += PageSize)
        {
            var page = await store.ListAsync(offset, PageSize, ct).ConfigureAwait(false);
            foreach (var row in page)
            {
                if (articles.Count < max && except?.Contains(row.Id) != true && await store.GetAsync(row.Id, ct).ConfigureAwait(false) is { } article)
                {
                    articles.Add(article);
                }
            }

            if (page.Count < PageSize)
            {
                break;
            }
        }

        return articles;
    }

    /// <summary>Corpus stages see articles in publication order (unknown dates last, then the given order),
    /// because lineage and clustering are online: an earlier report is the origin of a later copy.</summary>
    public static List<Article> InPublicationOrder(IEnumerable<Article> articles) =>
        articles.Select((a, i) => (a, i))
            .OrderBy(x => x.a.Metadata.Published is null ? 1 : 0)
            .ThenBy(x => x.a.Metadata.Published)
            .ThenBy(x => x.i)
            .Select(x => x.a)
            .ToList();
}
