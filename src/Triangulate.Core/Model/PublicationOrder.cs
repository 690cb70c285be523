namespace Triangulate.Core.Model;

/// <summary>
/// The two orders articles are taken in by date, in one place so that every stage means the same by each.
/// Corpus stages are online (lineage's origin is the earlier report; story numbers follow first appearance), so
/// both are stable: equal dates keep their input order.
/// </summary>
public static class PublicationOrder
{
    /// <summary>By publication date, undated articles last, ties in input order: the order corpus stages see a
    /// corpus in (lineage, the batch flow, a story's sections).</summary>
    public static List<Article> UndatedLast(IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var list = articles as IReadOnlyList<Article> ?? [.. articles];
        var positions = new int[list.Count];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = i;
        }

        Array.Sort(positions, (x, y) =>
        {
            var byDate = (list[x].Metadata.Published, list[y].Metadata.Published) switch
            {
                (null, null) => 0,
                (null, _) => 1,
                (_, null) => -1,
                var (px, py) => px.Value.CompareTo(py.Value),
            };
            return byDate != 0 ? byDate : x.CompareTo(y);
        });
        return [.. positions.Select(p => list[p])];
    }

    /// <summary>The streaming order of clustering: by publication date, but an undated article keeps its place
    /// after the dated article that preceded it in input order, rather than being pushed to either end.</summary>
    public static List<Article> UndatedInPlace(IReadOnlyList<Article> articles)
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
