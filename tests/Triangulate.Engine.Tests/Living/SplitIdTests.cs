using Triangulate.Core.Living;
using Triangulate.Engine.Living;
using Triangulate.Stories.Clustering;
using Triangulate.Stories.Lineage;

namespace Triangulate.Engine.Tests.Living;

/// <summary>
/// A split part is born with the id of its first article; when that id is taken it gets a suffix. The suffixed id
/// must be checked against the store too: an earlier split-then-merge may have made it an alias, and a story born
/// under an alias id leaves its members pointing at a story the alias hides (found by verify after the kill -9 run).
/// </summary>
public sealed class SplitIdTests
{
    private const string First = "t-00000000000000aa";
    private const string Other = "t-00000000000000bb";

    [Fact]
    public async Task NameNewStories_SplitPartWhoseSuffixedIdIsAnAlias_IsBornUnderAFreeId()
    {
        await using var harness = new LivingHarness();
        var store = (IStoryStore)await harness.OpenAsync();
        var original = StoryIds.ForStory(First);
        var alias = StoryIds.WithSuffix(original, 2);
        await using (var session = await store.BeginWriteAsync())
        {
            var commit = new StoryCommit { At = DateTimeOffset.UnixEpoch };
            commit.Aliases.Add(new StoryAliasRecord(alias, StoryIds.ForStory(Other)));
            await session.CommitAsync(commit);
        }

        // Two live stories: the original (which carries the first article's id) and a part split off it whose first
        // article is that same article, so its wanted id is taken and it needs a suffix.
        var clusterer = new StoryClusterer();
        var kept = clusterer.Add(new ClusterInput(Other, "Harbour crane collapses at the container port", "A crane fell onto a ship at the port on Monday."));
        var part = clusterer.Add(new ClusterInput(First, "Central bank raises interest rates again", "The central bank raised its main rate by half a point."));
        Assert.NotEqual(kept, part);
        var state = new WriterState
        {
            Clusterer = clusterer,
            Lineage = new LineageIndex(),
            Detector = new CreditDetector(),
        };
        state.IdOf[StoryClusterer.NumberOf(kept)] = original;
        var changes = new DecisionChanges(state, new Dictionary<string, long>(StringComparer.Ordinal) { [First] = 1, [Other] = 2 }, DateTimeOffset.UnixEpoch);
        changes.Read([new ClusterDecision(3, ClusterDecisionKind.Split, kept, part, null, 0, [First])]);

        await using (var session = await store.BeginWriteAsync())
        {
            await changes.NameNewStoriesAsync(session, CancellationToken.None);
            var named = state.IdOf[StoryClusterer.NumberOf(part)];
            Assert.NotEqual(alias, named);
            Assert.NotEqual(original, named);
            Assert.Empty(await session.TakenStoryIdsAsync([named]));
        }
    }
}
