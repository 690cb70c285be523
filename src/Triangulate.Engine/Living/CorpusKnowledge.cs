using System.Collections;
using System.Globalization;
using Triangulate.Core.Living;
using Triangulate.Core.Model;
using Triangulate.Stories.Entities;

namespace Triangulate.Engine.Living;

/// <summary>
/// What the whole stored corpus teaches the section stages beyond one story's articles: names tagged as places
/// anywhere, outlets and credited sources (a batch run learns these from its own articles). Names are numbered
/// in the order learnt; a story's sections record the counts they used (<see cref="Stamp"/>), and
/// <see cref="View"/> gives exactly that knowledge back for a rebuild.
/// </summary>
internal sealed class CorpusKnowledge
{
    private readonly Dictionary<string, int> _places = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _organisations = new(StringComparer.Ordinal);

    public string Stamp => string.Create(CultureInfo.InvariantCulture, $"{_places.Count},{_organisations.Count}");

    public void Load(IEnumerable<KnownName> names)
    {
        foreach (var name in names)
        {
            (name.Kind == KnownName.Place ? _places : _organisations).TryAdd(name.Key, name.Seq);
        }
    }

    /// <summary>Learns the batch's names, recording the new ones in <paramref name="commit"/>.</summary>
    public void Learn(IEnumerable<Article> articles, StoryCommit commit)
    {
        foreach (var article in articles)
        {
            Add(_places, KnownName.Place, StoryEntitiesStage.PlaceKeys(article), commit);
            Add(_organisations, KnownName.Organisation, StoryEntitiesStage.OrganisationKeys(article), commit);
        }
    }

    /// <summary>Places and organisations as of <paramref name="stamp"/> (all when null).</summary>
    public (IReadOnlySet<string> Places, IReadOnlySet<string> Organisations) View(string? stamp)
    {
        var (places, organisations) = (_places.Count, _organisations.Count);
        if (stamp?.Split(',') is [var p, var o] && int.TryParse(p, CultureInfo.InvariantCulture, out var pc) && int.TryParse(o, CultureInfo.InvariantCulture, out var oc))
        {
            (places, organisations) = (Math.Min(pc, places), Math.Min(oc, organisations));
        }

        return (new Prefix(_places, places), new Prefix(_organisations, organisations));
    }

    private static void Add(Dictionary<string, int> known, string kind, IEnumerable<string> keys, StoryCommit commit)
    {
        foreach (var key in keys)
        {
            if (key.Length > 0 && known.TryAdd(key, known.Count))
            {
                commit.KnownNames.Add(new KnownName(kind, key, known[key]));
            }
        }
    }

    /// <summary>The names learnt before <paramref name="cutoff"/>, without copying them.</summary>
    private sealed class Prefix(Dictionary<string, int> seqOf, int cutoff) : IReadOnlySet<string>
    {
        public int Count => cutoff;

        public bool Contains(string item) => seqOf.TryGetValue(item, out var seq) && seq < cutoff;

        public IEnumerator<string> GetEnumerator()
        {
            foreach (var (key, seq) in seqOf)
            {
                if (seq < cutoff)
                {
                    yield return key;
                }
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public bool IsProperSubsetOf(IEnumerable<string> other) => Materialize().IsProperSubsetOf(other);

        public bool IsProperSupersetOf(IEnumerable<string> other) => Materialize().IsProperSupersetOf(other);

        public bool IsSubsetOf(IEnumerable<string> other) => Materialize().IsSubsetOf(other);

        public bool IsSupersetOf(IEnumerable<string> other) => other.All(Contains);

        public bool Overlaps(IEnumerable<string> other) => other.Any(Contains);

        public bool SetEquals(IEnumerable<string> other) => Materialize().SetEquals(other);

        private HashSet<string> Materialize() => new(this, StringComparer.Ordinal);
    }
}
