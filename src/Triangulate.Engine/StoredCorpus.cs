using Triangulate.Core.Model;

namespace Triangulate.Engine;

/// <summary>The order corpus stages see articles in, shared by the batch flow and the living engine's section computation.</summary>
public static class StoredCorpus
{
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
