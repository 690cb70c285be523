using System.Text;
using System.Text.Json;
using Triangulate.Core.Living;
using Triangulate.Core.Model;
using Triangulate.Stories.Clustering;
using Triangulate.Stories.Lineage;

namespace Triangulate.Engine.Living;

/// <summary>
/// Rebuilds the writer's memory from the store, reading only bounded windows: the vocabulary, the last
/// document-frequency checkpoint plus the articles committed after it, the stories marked live, and the
/// lineage window of recent articles. Never a scan of the corpus.
/// </summary>
internal sealed class Rehydrator(LivingContext context)
{
    public const string OutletsKey = "outlets";

    public async Task<WriterState> LoadAsync(IStoryWriteSession session, CancellationToken ct)
    {
        var counters = EngineCounters.FromBytes(await session.GetStateAsync(EngineCounters.Key, ct).ConfigureAwait(false));
        var terms = await session.TermsAsync(0, ct).ConfigureAwait(false);
        var checkpoint = FrequencyCheckpoint.FromBytes(await session.GetStateAsync(FrequencyCheckpoint.Key, ct).ConfigureAwait(false));
        var frequencies = new int[terms.Count];
        checkpoint?.Frequencies.AsSpan(0, Math.Min(terms.Count, checkpoint.Frequencies.Length)).CopyTo(frequencies);
        var clusterer = StoryClusterer.Resume(context.ClustererOptions, terms, frequencies, checkpoint?.Documents ?? 0, counters.ClusterSequence, counters.NextStoryNumber);
        var state = new WriterState
        {
            Clusterer = clusterer,
            Lineage = context.NewLineageIndex(),
            Detector = new CreditDetector(),
            Counters = counters,
            TermsPersisted = terms.Count,
        };
        state.Knowledge.Load(await session.KnownNamesAsync(ct).ConfigureAwait(false));
        await ReplayFrequenciesAsync(session, clusterer, checkpoint?.ArticleSeq ?? 0, ct).ConfigureAwait(false);
        await LoadLiveStoriesAsync(session, state, ct).ConfigureAwait(false);
        await LoadOutletsAsync(session, state, ct).ConfigureAwait(false);
        await LoadLineageWindowAsync(session, state, ct).ConfigureAwait(false);
        return state;
    }

    private async Task ReplayFrequenciesAsync(IStoryWriteSession session, StoryClusterer clusterer, long afterSeq, CancellationToken ct)
    {
        const int Page = 500;
        while (true)
        {
            var members = await session.MembersAfterAsync(afterSeq, Page, ct).ConfigureAwait(false);
            if (members.Count == 0)
            {
                return;
            }

            var articles = await context.LoadAnnotatedAsync(session, members.Select(m => m.ArticleId).ToList(), ct, layers: ClusterInput.ReadLayers).ConfigureAwait(false);
            foreach (var member in members)
            {
                if (articles.TryGetValue(member.ArticleId, out var article))
                {
                    clusterer.ObserveOnly(ClusterInput.FromArticle(article));
                }
            }

            afterSeq = members[^1].Seq;
        }
    }

    private async Task LoadLiveStoriesAsync(IStoryWriteSession session, WriterState state, CancellationToken ct)
    {
        foreach (var row in await session.LiveStoryStatesAsync(context.Options.MaxLiveStories, ct).ConfigureAwait(false))
        {
            if (row.State.Length == 0)
            {
                continue;
            }

            var ids = await session.StoryArticleIdsAsync(row.Id, int.MaxValue, ct).ConfigureAwait(false);
            state.Clusterer.Import(StorySnapshotCodec.Decode(row.State), ids, live: true);
            state.IdOf[row.Number] = row.Id;
            state.BornSeqOf[row.Number] = row.BornSeq;
        }
    }

    private static async Task LoadOutletsAsync(IStoryWriteSession session, WriterState state, CancellationToken ct)
    {
        if (await session.GetStateAsync(OutletsKey, ct).ConfigureAwait(false) is { } data)
        {
            state.OutletNames.UnionWith(Encoding.UTF8.GetString(data).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }

        state.Detector = new CreditDetector(state.OutletNames);
    }

    private async Task LoadLineageWindowAsync(IStoryWriteSession session, WriterState state, CancellationToken ct)
    {
        if (state.Counters.NewestPublished is not { } newest && state.Counters.ArticleSeq == 0)
        {
            return;
        }

        var from = (state.Counters.NewestPublished ?? DateTimeOffset.UnixEpoch) - context.LineageOptions.MaxPublicationGap;
        var rows = await session.LineageWindowAsync(from, context.Options.UndatedLineageWindow, context.Options.MaxLineageWindow, ct).ConfigureAwait(false);
        foreach (var chunk in rows.Chunk(500))
        {
            var articles = (await session.GetArticlesAsync(chunk.Select(r => r.ArticleId).ToList(), ct).ConfigureAwait(false)).ToDictionary(a => a.Id, StringComparer.Ordinal);
            foreach (var row in chunk)
            {
                if (articles.TryGetValue(row.ArticleId, out var article))
                {
                    state.Lineage.Restore(Fingerprint(article, row.CreditsJson), row.LineageId);
                }
            }
        }
    }

    public ArticleFingerprint Fingerprint(Article article, string creditsJson) =>
        ArticleFingerprint.Create(article.Id, article.Text, JsonSerializer.Deserialize<List<CreditMention>>(creditsJson) ?? [],
            article.Metadata.Published, context.LineageOptions, article.Metadata.Title);
}
