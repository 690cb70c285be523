using System.Text.Json.Nodes;
using Triangulate.Core.Dossier;
using Triangulate.Core.Living;
using Triangulate.Engine.Living;
using Triangulate.Reports.Json;

namespace Triangulate.Server.Stories;

/// <summary>
/// The one place stories come from: the store, as last committed by the living engine. Nothing is recomputed on a
/// read, so reads cost the same during an ingest; a story whose new articles wait for a section recompute shows
/// its new size at once and its previous sections until the recompute commits.
/// </summary>
public sealed class StoryService(IStoryStore stories, StoryEngine engine)
{
    private readonly StoryDetailCache _cache = new();

    /// <summary>Articles listed with a story (its newest); the story itself says how many it has.</summary>
    public const int MaxListedArticles = 500;

    public async Task<StoryPage> QueryAsync(StoryQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, StoryQuery.MaxPageSize);
        if (!engine.HasStories)
        {
            return new StoryPage(false, 0, page, size, []);
        }

        var result = await stories.ListStoriesAsync(new StoryListQuery
        {
            From = query.From,
            To = query.To,
            Outlet = query.Outlet,
            Entity = query.Entity,
            Sort = query.Sort ?? "size",
            Offset = (page - 1) * size,
            Limit = size,
        }, ct).ConfigureAwait(false);
        return new StoryPage(true, result.Total, page, size, result.Items.Select(Summarize).ToList());
    }

    /// <summary>The story with this id or alias; null when none.</summary>
    public async Task<StoryDetail?> FindAsync(string id, CancellationToken ct)
    {
        if (!engine.HasStories || await stories.GetStoryHeadAsync(id, ct).ConfigureAwait(false) is not { } head)
        {
            return null;
        }

        if (_cache.Get(head) is { } cached)
        {
            return cached;
        }

        // Built from the full row read now; kept under the row read before it, so a change committed in between
        // is seen by the next read (its row differs from the kept one).
        if (await stories.GetStoryAsync(head.Id, ct).ConfigureAwait(false) is not { } record)
        {
            return null;
        }

        var detail = await BuildAsync(record, ct).ConfigureAwait(false);
        _cache.Put(head, detail, record.SectionsJson?.Length ?? 0);
        return detail;
    }

    private async Task<StoryDetail> BuildAsync(StoryRecord record, CancellationToken ct)
    {
        var story = record.SectionsJson is { } json
            ? DossierJsonWriter.StoryFromJson(json)
            : new DossierStory { Id = record.Id, Title = record.Title, First = record.First, Last = record.Last };
        var ids = await stories.StoryArticleIdsAsync(record.Id, MaxListedArticles, ct).ConfigureAwait(false);
        if (record.SectionsJson is null)
        {
            story.ArticleIds.AddRange(ids);
        }

        var briefs = (await stories.ArticleBriefsAsync(ids, ct).ConfigureAwait(false))
            .OrderBy(b => b.Published is null ? 1 : 0).ThenBy(b => b.Published).ThenBy(b => b.Id, StringComparer.Ordinal)
            .Select(b => ArticleBrief.WithOutletFacts(b.Id, b.Outlet, b.Title, b.Published, b.Url, b.LineageId))
            .ToList();
        return new StoryDetail(story, briefs, record.Updated, Change(record), record.Pending);
    }

    private static StorySummary Summarize(StoryRecord s)
    {
        List<string> outlets = [];
        List<string> entities = [];
        if (s.SummaryJson is { } json && JsonNode.Parse(json) is JsonObject summary)
        {
            outlets = [.. (summary["outlets"]?.AsArray() ?? []).Select(n => (string)n!)];
            entities = [.. (summary["entities"]?.AsArray() ?? []).Select(n => (string)n!)];
        }

        return new StorySummary(s.Id, s.ShownTitle(), s.Articles, s.Sources, s.First, s.Last, outlets, entities, s.Updated, Change(s));
    }

    private static StoryChange? Change(StoryRecord s) =>
        s.LastEventKind is { } kind ? new StoryChange(kind, s.LastEventSummary ?? kind, s.LastEventAt ?? s.Updated) : null;
}
