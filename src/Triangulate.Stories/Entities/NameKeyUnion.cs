using System.Collections;

namespace Triangulate.Stories.Entities;

/// <summary>
/// Name keys from a large shared set (a living store's whole-corpus knowledge) and a small local one, seen as one
/// set without copying the large one: a story's entity typing only asks <see cref="Contains"/>, and copying the
/// whole store's names for every story recompute made that cost grow with the store.
/// </summary>
internal sealed class NameKeyUnion(IReadOnlySet<string> shared, IReadOnlySet<string> local) : IReadOnlySet<string>
{
    /// <summary>An upper bound (the two parts may overlap).</summary>
    public int Count => shared.Count + local.Count;

    /// <summary>The empty key is never a name, whatever the shared set holds.</summary>
    public bool Contains(string item) => local.Contains(item) || (item.Length > 0 && shared.Contains(item));

    public IEnumerator<string> GetEnumerator()
    {
        foreach (var key in local)
        {
            yield return key;
        }

        foreach (var key in shared)
        {
            if (key.Length > 0 && !local.Contains(key))
            {
                yield return key;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // The set comparisons are not on any hot path: they compare a copy.
    public bool IsProperSubsetOf(IEnumerable<string> other) => Copy().IsProperSubsetOf(other);

    public bool IsProperSupersetOf(IEnumerable<string> other) => Copy().IsProperSupersetOf(other);

    public bool IsSubsetOf(IEnumerable<string> other) => Copy().IsSubsetOf(other);

    public bool IsSupersetOf(IEnumerable<string> other) => Copy().IsSupersetOf(other);

    public bool Overlaps(IEnumerable<string> other) => Copy().Overlaps(other);

    public bool SetEquals(IEnumerable<string> other) => Copy().SetEquals(other);

    private HashSet<string> Copy() => new(this, StringComparer.Ordinal);
}
