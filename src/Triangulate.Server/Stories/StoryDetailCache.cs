using System.Collections.Concurrent;
using Triangulate.Core.Living;

namespace Triangulate.Server.Stories;

/// <summary>
/// Story details as last built, keyed by story id and checked against the story's row on every read: the row
/// changes whenever the sections, the members or the last event do (its update time, article count, pending flag,
/// last event), so a detail is served only while the row that built it is still the committed one. A read then costs
/// one indexed row lookup instead of fetching, parsing and re-listing a story of up to 500 articles. Bounded by the
/// size of the sections held; over the bound it starts again empty.
/// </summary>
public sealed class StoryDetailCache
{
    /// <summary>Characters of sections JSON kept (about 2 bytes each in memory as parsed objects, roughly).</summary>
    public const long MaxChars = 64L * 1024 * 1024;

    private readonly ConcurrentDictionary<string, (StoryRecord Head, StoryDetail Detail, long Weight)> _entries = new(StringComparer.Ordinal);
    private long _weight;

    public int Count => _entries.Count;

    public StoryDetail? Get(StoryRecord head) =>
        _entries.TryGetValue(head.Id, out var entry) && entry.Head == head ? entry.Detail : null;

    public void Put(StoryRecord head, StoryDetail detail, long weight)
    {
        if (Interlocked.Add(ref _weight, weight) > MaxChars)
        {
            _entries.Clear();
            Interlocked.Exchange(ref _weight, weight);
        }

        _entries[head.Id] = (head, detail, weight);
    }
}
