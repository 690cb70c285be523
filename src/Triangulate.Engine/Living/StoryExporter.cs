using Triangulate.Core.Diagnostics;
using Triangulate.Core.Dossier;
using Triangulate.Core.Living;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Storage;
using Triangulate.Reports.Building;
using Triangulate.Reports.Json;
using Triangulate.Stories.Relays;

namespace Triangulate.Engine.Living;

/// <summary>
/// A dossier (<c>triangulate.dossier/1</c>) of stored stories, read from the store as committed: each story's
/// stored sections and every article they cite, with its lineage. Ids that are aliases resolve to the story
/// they merged into; a story asked for twice is listed once.
/// </summary>
public sealed class StoryExporter(IArticleStore articles, IStoryStore stories, TimeProvider? clock = null)
{
    public async Task<DossierDocument> ExportAsync(IEnumerable<string> storyIds, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storyIds);
        var found = new Dictionary<string, DossierStory>(StringComparer.Ordinal);
        foreach (var id in storyIds)
        {
            if (await stories.GetStoryAsync(id, cancellationToken).ConfigureAwait(false) is { } record && !found.ContainsKey(record.Id))
            {
                found[record.Id] = await ToStoryAsync(record, cancellationToken).ConfigureAwait(false);
            }
        }

        var ordered = found.Values.OrderBy(s => s.First is null ? 1 : 0).ThenBy(s => s.First).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        var ids = ordered.SelectMany(s => s.ArticleIds.Concat((s.Lineages ?? []).SelectMany(l => l.ArticleIds))).Distinct(StringComparer.Ordinal).ToList();
        var loaded = new List<Article>(ids.Count);
        foreach (var id in ids)
        {
            if (await articles.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } article)
            {
                loaded.Add(article);
            }
        }

        var context = new CorpusContext(loaded);
        foreach (var brief in await stories.ArticleBriefsAsync(ids, cancellationToken).ConfigureAwait(false))
        {
            if (brief.LineageId is not null)
            {
                context.LineageOf[brief.Id] = brief.LineageId;
            }
        }

        // Relays are per article and cheap (text and outlet names only), so they are found again here rather than
        // stored: the batch dossier finds them over its run's articles, this one over the exported stories' articles.
        new RelayStage().Process(context, cancellationToken);
        context.Stories = ordered;
        return new DossierBuilder(clock ?? TimeProvider.System).Build(loaded, diagnostics, context);
    }

    /// <summary>The story's stored sections; a story whose sections were never computed has its members only.</summary>
    private async Task<DossierStory> ToStoryAsync(StoryRecord record, CancellationToken ct)
    {
        if (record.SectionsJson is { } json)
        {
            return DossierJsonWriter.StoryFromJson(json);
        }

        return new DossierStory
        {
            Id = record.Id,
            Title = record.Title,
            First = record.First,
            Last = record.Last,
            ArticleIds = [.. await stories.StoryArticleIdsAsync(record.Id, int.MaxValue, ct).ConfigureAwait(false)],
        };
    }
}
