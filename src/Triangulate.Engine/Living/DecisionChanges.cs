using System.Text.Json.Nodes;
using Triangulate.Core.Living;
using Triangulate.Core.Model;
using Triangulate.Stories.Clustering;

namespace Triangulate.Engine.Living;

/// <summary>
/// Turns one batch of clusterer decisions into store changes. Ids are fixed at birth from the story's first
/// article; on a merge the older id survives and the other becomes an alias; a split part is born with a new
/// id and both sides get an event naming the other.
/// </summary>
internal sealed partial class DecisionChanges(WriterState state, IReadOnlyDictionary<string, long> seqOf, DateTimeOffset at)
{
    private readonly Dictionary<string, long> _bornSeqById = state.IdOf.ToDictionary(kv => kv.Value, kv => state.BornSeqOf.GetValueOrDefault(kv.Key), StringComparer.Ordinal);
    private readonly HashSet<int> _touched = [];
    private readonly HashSet<int> _retired = [];
    private readonly Dictionary<int, string> _bornBy = [];
    private readonly Dictionary<int, (int Original, IReadOnlyList<string> Moved)> _splitFrom = [];
    private readonly List<ClusterDecision> _merges = [];
    private readonly HashSet<string> _moved = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _emptiedInto = [];
    private readonly Dictionary<int, int> _mergedInto = [];
    private readonly List<StoryEventRecord> _events = [];
    private readonly List<StoryReassignment> _reassign = [];
    private readonly List<string> _deleted = [];
    private readonly List<StoryAliasRecord> _aliases = [];
    private readonly List<int> _born = [];
    private readonly HashSet<int> _stateOnly = [];

    /// <summary>Stories whose state changed without a decision (re-weighed): their rows are written, their sections stay.</summary>
    public void Touch(IEnumerable<int> numbers) => _stateOnly.UnionWith(numbers);

    public void Read(IReadOnlyList<ClusterDecision> decisions)
    {
        foreach (var d in decisions)
        {
            var n = StoryClusterer.NumberOf(d.StoryId);
            int? other = d.OtherStoryId is null ? null : StoryClusterer.NumberOf(d.OtherStoryId);
            switch (d.Kind)
            {
                case ClusterDecisionKind.New:
                    _bornBy[n] = d.ArticleId!;
                    _touched.Add(n);
                    break;
                case ClusterDecisionKind.Join or ClusterDecisionKind.Revive:
                    _touched.Add(n);
                    break;
                case ClusterDecisionKind.Move:
                    _touched.UnionWith([n, other!.Value]);
                    _moved.Add(d.ArticleId!);
                    _emptiedInto[other.Value] = n;
                    break;
                case ClusterDecisionKind.Merge:
                    _touched.Add(n);
                    _merges.Add(d);
                    break;
                case ClusterDecisionKind.Split:
                    _touched.UnionWith([n, other!.Value]);
                    _splitFrom[other.Value] = (n, d.MovedArticleIds ?? []);
                    _moved.UnionWith(d.MovedArticleIds ?? []);
                    break;
                case ClusterDecisionKind.Retire:
                    _retired.Add(n);
                    break;
            }
        }
    }

    /// <summary>Resolves merges (older id survives), then names every story born in this batch.</summary>
    public async Task NameNewStoriesAsync(IStoryWriteSession session, CancellationToken ct)
    {
        foreach (var merge in _merges)
        {
            ResolveMerge(StoryClusterer.NumberOf(merge.StoryId), StoryClusterer.NumberOf(merge.OtherStoryId!), merge.MovedArticleIds?.Count ?? 0);
        }

        var unnamed = _touched.Where(n => state.Clusterer.Holds(n) && !state.IdOf.ContainsKey(n)).Order().ToList();
        var wanted = unnamed.ToDictionary(n => n, n => StoryIds.ForStory(FirstArticle(n)));
        var taken = new HashSet<string>(await session.TakenStoryIdsAsync([.. wanted.Values], ct).ConfigureAwait(false), StringComparer.Ordinal);
        taken.UnionWith(state.IdOf.Values);
        foreach (var n in unnamed)
        {
            var id = wanted[n];
            for (var k = 2; taken.Contains(id); k++)
            {
                id = StoryIds.WithSuffix(wanted[n], k);
                // The store was asked about the unsuffixed ids only; a suffixed id may be a story or an alias too.
                if (!taken.Contains(id))
                {
                    taken.UnionWith(await session.TakenStoryIdsAsync([id], ct).ConfigureAwait(false));
                }
            }

            taken.Add(id);
            state.IdOf[n] = id;
            state.BornSeqOf[n] = _bornBy.TryGetValue(n, out var first) && seqOf.TryGetValue(first, out var seq) ? seq : seqOf.Values.DefaultIfEmpty(0).Max();
            _bornSeqById[id] = state.BornSeqOf[n];
            _born.Add(n);
        }

        // After naming: a story emptied by a move is retired into the story its articles went to, found through the
        // batch's merges, and that story may be one born in this batch. Before, such a target had no id yet (or had
        // lost it to a merge), the emptied story was left behind with no members, and `verify` failed after a
        // crash-recovered ingest ("no empty story", "article counts match members").
        foreach (var (from, into) in _emptiedInto)
        {
            if (!state.Clusterer.Holds(from) && state.IdOf.TryGetValue(from, out var lost) && state.IdOf.TryGetValue(Final(into), out var target))
            {
                Retire(lost, target);
                state.Forget(from);
            }
        }
    }

    /// <summary>Where a story's articles ended up in this batch: followed through merges and further moves.</summary>
    private int Final(int number)
    {
        for (var hops = 0; hops < 1000 && !state.Clusterer.Holds(number); hops++)
        {
            if (_mergedInto.TryGetValue(number, out var next) || _emptiedInto.TryGetValue(number, out next))
            {
                number = next;
            }
            else
            {
                break;
            }
        }

        return number;
    }

    private string FirstArticle(int number) =>
        _bornBy.TryGetValue(number, out var first) ? first
        : _splitFrom.TryGetValue(number, out var split) && split.Moved.Count > 0 ? split.Moved[0]
        : "n" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // The clusterer keeps the bigger story's number; the public id kept is the older one.
    private void ResolveMerge(int keep, int absorbed, int movedCount)
    {
        _mergedInto[absorbed] = keep;
        var keepId = state.IdOf.GetValueOrDefault(keep);
        var absorbedId = state.IdOf.GetValueOrDefault(absorbed);
        state.Forget(absorbed);
        if (absorbedId is null)
        {
            return;
        }

        if (keepId is null)
        {
            // The survivor was born in this batch: the absorbed story is older, its id carries on.
            state.IdOf[keep] = absorbedId;
            state.BornSeqOf[keep] = BornSeq(absorbedId);
            return;
        }

        var (older, younger) = BornSeq(absorbedId) < BornSeq(keepId) ? (absorbedId, keepId) : (keepId, absorbedId);
        state.IdOf[keep] = older;
        state.BornSeqOf[keep] = Math.Min(BornSeq(absorbedId), BornSeq(keepId));
        Retire(younger, older);
        _events.Add(Event(older, StoryEventKinds.Merged, $"merged with {younger} ({movedCount} article{(movedCount == 1 ? "" : "s")} joined)",
            new JsonObject { ["from"] = younger, ["into"] = older, ["articles"] = movedCount }));
    }

    private long BornSeq(string id) => _bornSeqById.GetValueOrDefault(id);

    /// <summary>Every member of <paramref name="lost"/> moves to <paramref name="survivor"/>; the lost id becomes an alias.</summary>
    private void Retire(string lost, string survivor)
    {
        _reassign.Add(new StoryReassignment(lost, survivor));
        _deleted.Add(lost);
        // An id retired earlier in this batch into the one retired now follows it, so no alias points at an alias
        // (two merges in a row in one batch left "every alias resolves" failing).
        for (var i = 0; i < _aliases.Count; i++)
        {
            if (_aliases[i].StoryId == lost)
            {
                _aliases[i] = _aliases[i] with { StoryId = survivor };
            }
        }

        _aliases.Add(new StoryAliasRecord(lost, survivor));
    }

    private StoryEventRecord Event(string storyId, string kind, string summary, JsonObject data) =>
        new(0, storyId, kind, at, summary, data.ToJsonString());
}
