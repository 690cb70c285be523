namespace Triangulate.Stories.Clustering;

// Persistence: the state as plain data and back, so a later run continues exactly where this one stopped.
public sealed partial class StoryClusterer
{
    /// <summary>A copy of the full state; continuing from <see cref="FromSnapshot"/> gives the same result as never stopping.</summary>
    public ClustererSnapshot ToSnapshot() => new()
    {
        Terms = [.. _stats.Terms],
        DocumentFrequencies = [.. _stats.DocumentFrequencies],
        Documents = _stats.Documents,
        Sequence = _sequence,
        NextStoryNumber = _nextNumber,
        Live = [.. _live.Values.OrderBy(s => s.Number).Select(s => ToSnapshot(s))],
        Retired = [.. _retired.Values.OrderBy(s => s.Number).Select(s => ToSnapshot(s))],
        Decisions = [.. _decisions],
    };

    /// <summary>Restores a clusterer saved with <see cref="ToSnapshot()"/>; pass the same options it ran with.</summary>
    /// <exception cref="NotSupportedException">The snapshot was written by a newer format.</exception>
    public static StoryClusterer FromSnapshot(ClustererSnapshot snapshot, StoryClustererOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Format > ClustererSnapshot.CurrentFormat)
        {
            throw new NotSupportedException($"Story clusterer snapshot format {snapshot.Format} is newer than this build supports ({ClustererSnapshot.CurrentFormat}); upgrade Triangulate.");
        }

        options ??= new StoryClustererOptions();
        var stats = new TermStatistics([.. snapshot.Terms], [.. snapshot.DocumentFrequencies], snapshot.Documents, options.IdfPriorDocuments);
        var c = new StoryClusterer(options, stats)
        {
            _sequence = snapshot.Sequence,
            _nextNumber = snapshot.NextStoryNumber,
        };
        foreach (var s in snapshot.Live)
        {
            c.Shelve(c.FromSnapshot(s), live: true);
        }

        foreach (var s in snapshot.Retired)
        {
            c.Shelve(c.FromSnapshot(s), live: false);
        }

        c._decisions.AddRange(snapshot.Decisions);
        return c;
    }

    /// <summary>Puts a restored story in the live or the retired set, with its activity entry and index terms.</summary>
    private void Shelve(LiveStory story, bool live)
    {
        (live ? _live : _retired)[story.Number] = story;
        (live ? _liveByActivity : _retiredByActivity).Add((story.LastActive, story.Number));
        (live ? _liveIndex : _retiredIndex).Put(story);
        Map(story);
    }

    private void Map(LiveStory story)
    {
        foreach (var id in story.ArticleIds)
        {
            _storyOf[id] = story;
        }
    }

    private static StorySnapshot ToSnapshot(LiveStory s, bool withArticleIds = true) => new()
    {
        Number = s.Number,
        TextIds = s.Text.Ids,
        TextWeights = s.Text.Weights,
        EntityIds = s.Entities.Ids,
        EntityWeights = s.Entities.Weights,
        EntityArticles = s.EntityArticles,
        AnchorIds = s.Anchors.Ids,
        AnchorWeights = s.Anchors.Weights,
        AnchorArticles = s.AnchorArticles,
        ArticleIds = withArticleIds ? [.. s.ArticleIds] : [],
        Members = [.. s.Members.Select(m => new MemberSnapshot
        {
            ArticleId = m.ArticleId,
            Title = m.Title,
            Published = m.Published,
            TextIds = m.Text.Ids,
            TextWeights = m.Text.Weights,
            EntityIds = m.Entities.Ids,
            EntityWeights = m.Entities.Weights,
            AnchorIds = m.Anchors.Ids,
            AnchorWeights = m.Anchors.Weights,
            Outlet = m.Outlet,
            HeadlineNames = m.HeadlineNames,
        })],
        First = s.First,
        Last = s.Last,
        LastActive = s.LastActive,
        NextSplitCheck = s.NextSplitCheck,
    };

    private LiveStory FromSnapshot(StorySnapshot s)
    {
        var story = new LiveStory(s.Number)
        {
            Text = new SparseVector(s.TextIds, s.TextWeights),
            Entities = new SparseVector(s.EntityIds, s.EntityWeights),
            EntityArticles = s.EntityArticles,
            Anchors = new SparseVector(s.AnchorIds ?? [], s.AnchorWeights ?? []),
            AnchorArticles = s.AnchorArticles,
            First = s.First,
            Last = s.Last,
            LastActive = s.LastActive,
            NextSplitCheck = s.NextSplitCheck,
        };
        story.ArticleIds.AddRange(s.ArticleIds);
        foreach (var m in s.Members)
        {
            var anchors = new SparseVector(m.AnchorIds ?? [], m.AnchorWeights ?? []);
            story.Members.Add(new StoryMember(m.ArticleId, m.Title, m.Published, new SparseVector(m.TextIds, m.TextWeights), new SparseVector(m.EntityIds, m.EntityWeights), anchors)
            {
                Outlet = SharedOutlet(m.Outlet),
                HeadlineNames = m.HeadlineNames ?? [],
            });
        }

        return story;
    }
}
