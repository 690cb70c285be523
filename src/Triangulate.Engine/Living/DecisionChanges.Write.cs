using System.Text.Json.Nodes;
using Triangulate.Core.Living;
using Triangulate.Core.Model;

namespace Triangulate.Engine.Living;

// The second half: what the resolved decisions write.
internal sealed partial class DecisionChanges
{
    /// <summary>Story rows of every touched story (and of stories leaving the live window, with their candidate
    /// postings), membership of the batch and of moved articles, ids retired by merges, and events.</summary>
    public void Write(StoryCommit commit, IReadOnlyList<Article> batch)
    {
        commit.Reassignments.AddRange(_reassign);
        commit.DeletedStories.AddRange(_deleted);
        commit.Aliases.AddRange(_aliases);
        foreach (var n in _touched.Union(_retired).Union(_stateOnly).Order())
        {
            if (State(n) is not { } row)
            {
                continue;
            }

            commit.Stories.Add(row);
            if (_touched.Contains(n))
            {
                commit.Dirty.Add(row.Id);
            }

            if (!row.Live)
            {
                commit.Postings.Add(new StoryPostings(row.Id, state.Clusterer.IndexTerms(n)));
            }
        }

        foreach (var id in batch.Select(a => a.Id).Concat(_moved))
        {
            if (state.Clusterer.StoryNumberOf(id) is { } n && state.IdOf.TryGetValue(n, out var storyId))
            {
                commit.Members.Add(new MembershipRecord(id, storyId, seqOf.GetValueOrDefault(id)));
            }
        }

        foreach (var n in _born)
        {
            BornEvent(n);
        }

        commit.Events.AddRange(_events);
    }

    private StoryStateRecord? State(int n)
    {
        if (state.Clusterer.FactsOf(n) is not { } facts || state.Clusterer.Export(n) is not { } snapshot || !state.IdOf.TryGetValue(n, out var id))
        {
            return null;
        }

        return new StoryStateRecord
        {
            Id = id,
            Number = n,
            BornSeq = state.BornSeqOf.GetValueOrDefault(n),
            Title = facts.Title,
            First = facts.First,
            Last = facts.Last,
            Articles = facts.Articles,
            Live = facts.Live,
            LastActive = facts.LastActive,
            State = StorySnapshotCodec.Encode(snapshot),
        };
    }

    private void BornEvent(int n)
    {
        if (!state.IdOf.TryGetValue(n, out var id) || state.Clusterer.FactsOf(n) is not { } facts)
        {
            return;
        }

        var data = new JsonObject { ["articles"] = facts.Articles, ["title"] = facts.Title };
        if (_splitFrom.TryGetValue(n, out var split) && state.IdOf.TryGetValue(split.Original, out var original))
        {
            data["splitFrom"] = original;
            data["articleIds"] = StoryEventDiff.ArticleIds(split.Moved);
            _events.Add(Event(original, StoryEventKinds.Split, $"split: {split.Moved.Count} article{(split.Moved.Count == 1 ? "" : "s")} became story {id}",
                new JsonObject { ["into"] = id, ["articles"] = split.Moved.Count, ["articleIds"] = StoryEventDiff.ArticleIds(split.Moved) }));
            _events.Add(Event(id, StoryEventKinds.Born, $"split from {original}: {facts.Title}", data));
            return;
        }

        if (_bornBy.TryGetValue(n, out var first))
        {
            data["articleIds"] = new JsonArray(first);
        }

        _events.Add(Event(id, StoryEventKinds.Born, $"new story: {facts.Title ?? "(untitled)"}", data));
    }
}
