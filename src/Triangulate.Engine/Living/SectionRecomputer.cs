using System.Text.Json.Nodes;
using Triangulate.Core.Dossier;
using Triangulate.Core.Living;
using Triangulate.Core.Model;
using Triangulate.Reports.Json;

namespace Triangulate.Engine.Living;

/// <summary>
/// Recomputes the sections of stories marked dirty and writes them with the events their difference shows, in
/// one transaction per call. Which stories are due is bounded (see <see cref="Due"/>), so a story that grows in
/// every batch costs O(its size) only each time it doubles, and a batch's extra work has a budget.
/// </summary>
internal sealed class SectionRecomputer(LivingContext context, SectionBuilder builder)
{
    private const int MaxFacets = 100;
    private const int ListedEntities = 5;

    /// <summary>Stories examined per call when looking for due ones (oldest pending first).</summary>
    private const int Scan = 500;

    /// <summary>Recomputes due stories (all pending ones when <paramref name="all"/>); returns how many, or 0 when none was due.</summary>
    public async Task<RecomputeResult> RecomputeAsync(IStoryWriteSession session, CorpusKnowledge knowledge, bool all, int maxStories, CancellationToken ct)
    {
        var now = context.Clock.GetUtcNow();
        var pending = await session.DirtyStoriesAsync(all ? maxStories : Scan, ct).ConfigureAwait(false);
        var due = Due(pending, all, now, maxStories);
        if (due.Count == 0)
        {
            return new RecomputeResult(0, pending.Count, []);
        }

        var commit = new StoryCommit { At = now };
        var rows = (await session.GetStoryStatesAsync(due, ct).ConfigureAwait(false)).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var inputs = new List<SectionInputs>();
        foreach (var id in due)
        {
            if (rows.TryGetValue(id, out var row))
            {
                inputs.Add(await builder.LoadAsync(session, row, ct).ConfigureAwait(false));
            }
        }

        // The store was read in turn; the stories compute in parallel (the stages share no state between runs).
        var view = knowledge.View(null);
        var computed = new (DossierStory Story, List<Article> Reannotated, List<Article> Articles, string Json)[inputs.Count];
        Parallel.For(0, inputs.Count, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = context.Pipeline.Options.Parallelism }, i =>
        {
            var (story, _, reannotated, articles) = builder.Compute(inputs[i], view, ct);
            computed[i] = (story, reannotated, articles, DossierJsonWriter.StoryToJson(story));
        });
        for (var i = 0; i < inputs.Count; i++)
        {
            await WriteOneAsync(session, inputs[i].Row, computed[i], knowledge.Stamp, commit, ct).ConfigureAwait(false);
        }

        await session.CommitAsync(commit, ct).ConfigureAwait(false);
        return new RecomputeResult(commit.Sections.Count, pending.Count - commit.Sections.Count, commit.Events, inputs.Sum(i => i.Articles.Count));
    }

    /// <summary>
    /// Everything when flushing; otherwise stories that doubled since their last recompute and hold at least
    /// <see cref="LivingOptions.EagerSize"/> articles, and stories pending longer than <see cref="LivingOptions.MaxPending"/>
    /// that grew by <see cref="LivingOptions.StaleGrowth"/> since (a geometric schedule: a story's recomputes cost a
    /// constant factor of its size in all), within <see cref="LivingOptions.RecomputeBudget"/> articles.
    /// </summary>
    private List<string> Due(IReadOnlyList<DirtyStory> pending, bool all, DateTimeOffset now, int maxStories)
    {
        var due = new List<string>();
        var budget = context.Options.RecomputeBudget;
        foreach (var story in pending)
        {
            if (due.Count >= maxStories)
            {
                break;
            }

            var eager = story.Articles >= context.Options.EagerSize && story.Articles >= 2 * story.SectionArticles;
            var grown = story.SectionArticles == 0 || story.Articles >= story.SectionArticles * (1 + context.Options.StaleGrowth);
            var stale = now - story.DirtySince >= context.Options.MaxPending && grown;
            if (!all && !eager && !stale)
            {
                continue;
            }

            var cost = Math.Min(story.Articles, context.Options.MaxSectionArticles);
            if (!all && due.Count > 0 && cost > budget)
            {
                continue;
            }

            budget -= cost;
            due.Add(story.Id);
        }

        return due;
    }

    /// <summary>A story's sections as they would be computed now with the knowledge of <paramref name="stamp"/> (for verify).</summary>
    public async Task<(DossierStory Story, string Json)> ComputeAsync(IStoryWriteSession session, StoryStateRecord row, CorpusKnowledge knowledge, string? stamp, CancellationToken ct)
    {
        var (story, _, _, _) = builder.Compute(await builder.LoadAsync(session, row, ct).ConfigureAwait(false), knowledge.View(stamp), ct);
        return (story, DossierJsonWriter.StoryToJson(story));
    }

    private async Task WriteOneAsync(IStoryWriteSession session, StoryStateRecord row, (DossierStory Story, List<Article> Reannotated, List<Article> Articles, string Json) computed,
        string stamp, StoryCommit commit, CancellationToken ct)
    {
        var (story, reannotated, articles, json) = computed;
        var before = await session.GetSectionsAsync(row.Id, ct).ConfigureAwait(false);
        commit.Events.AddRange(StoryEventDiff.Diff(row.Id, before is null ? null : JsonNode.Parse(before.Json), JsonNode.Parse(json)!, commit.At));
        var (summary, facets) = ListRow(story, articles);
        commit.Sections.Add(new SectionsUpdate(row.Id, json, context.Versions.Sections, row.Articles, story.IndependentSources, summary, facets, stamp));
        foreach (var article in reannotated)
        {
            commit.Annotations.Add(new AnnotationRecord(article.Id, context.Versions.Annotations, context.Codec.Encode(article)));
        }
    }

    /// <summary>The list row's outlets and main actors, and the values the list filters on.</summary>
    private static (string Summary, List<StoryFacet> Facets) ListRow(DossierStory story, List<Article> articles)
    {
        var outlets = articles.Select(a => a.Metadata.Outlet).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var entities = story.Entities ?? [];
        var top = entities.OrderByDescending(e => e.Mentions.Count).ThenBy(e => e.Name, StringComparer.Ordinal).Take(ListedEntities).Select(e => e.Name).ToList();
        var facets = new HashSet<StoryFacet>();
        foreach (var outlet in outlets)
        {
            facets.Add(new StoryFacet(StoryFacet.Outlet, outlet.ToLowerInvariant()));
        }

        foreach (var name in entities.OrderByDescending(e => e.Mentions.Count).SelectMany(e => e.Aliases.Prepend(e.Name)))
        {
            if (facets.Count >= MaxFacets + outlets.Count)
            {
                break;
            }

            facets.Add(new StoryFacet(StoryFacet.Entity, name.ToLowerInvariant()));
        }

        var summary = new JsonObject
        {
            ["outlets"] = new JsonArray([.. outlets.Select(o => (JsonNode)o!)]),
            ["entities"] = new JsonArray([.. top.Select(e => (JsonNode)e!)]),
        };
        if (story.Title is { } title)
        {
            // The sections' title (StoryTitleStage may have brought it up to date) for the list, which the row's clusterer title would lag.
            summary["title"] = title;
        }

        return (summary.ToJsonString(), [.. facets]);
    }
}
