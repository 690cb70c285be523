using Triangulate.Core.Model;

namespace Triangulate.Stories.Clustering;

/// <summary>
/// Orders articles for streaming: by publication date, stable; an undated article keeps its place after
/// the dated article that preceded it in input order, rather than being pushed to either end.
/// </summary>
public static class PublicationOrder
{
    public static List<Article> Sort(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var keyed = new List<(DateTimeOffset Key, int Index, Article Article)>(articles.Count);
        var carry = DateTimeOffset.MinValue;
        for (var i = 0; i < articles.Count; i++)
        {
            if (articles[i].Metadata.Published is { } p)
            {
                carry = p;
            }

            keyed.Add((carry, i, articles[i]));
        }

        keyed.Sort(static (a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Index.CompareTo(b.Index));
        return keyed.ConvertAll(k => k.Article);
    }
}
