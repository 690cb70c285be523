using Triangulate.Core.Annotations;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Stories.Relays;

namespace Triangulate.Stories.Claims;

/// <summary>
/// Fills story.Claims: each article's statements, aligned across articles, with a status from the number of
/// independent sources (lineages, a relayed statement counted as the outlet it relays) behind them, and
/// recounts story.IndependentSources without the lineages that only relay others of the story
/// (<see cref="StorySources"/>). The groups, with who voices each statement, are also left under
/// <see cref="Groups"/> (story id → groups) for the summary stage.
/// </summary>
public sealed class ClaimStage(ClaimAligner? aligner = null) : StorySectionStage(
    "claims", "1.1", reads: [CorpusKeys.LineageOf.Name, RelayStage.Mentions.Name, Layers.Sentences.Name, Layers.Entities.Name, Layers.Quotes.Name, Layers.Quantities.Name, Layers.Dates.Name], produces: [Groups.Name])
{
    /// <summary>Story id → its claim groups.</summary>
    public static readonly CorpusKey<Dictionary<string, List<ClaimGroup>>> Groups = new("claims");

    private readonly ClaimExtractor _extractor = new();
    private readonly ClaimAligner _aligner = aligner ?? new ClaimAligner();

    /// <summary>The claim groups a previous run of this stage left for <paramref name="storyId"/>, if any.</summary>
    public static IReadOnlyList<ClaimGroup>? GroupsOf(CorpusContext context, string storyId)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.TryGet(Groups) is { } byStory && byStory.TryGetValue(storyId, out var groups) ? groups : null;
    }

    protected override void Fill(DossierStory story, IReadOnlyList<Article> articles, CorpusContext context)
    {
        // A context built without the relay stage (a unit test driving this stage alone) relays nothing.
        var mentions = context.TryGet(RelayStage.Mentions) ?? [];
        // ClaimSources keeps, of the run's lineages, those of the story's articles: hand it only those (same order).
        var lineages = context.TryGet(CorpusKeys.Lineages) is { } all
            ? LineagePositions.For(context, all).WithIds(articles.Select(a => context.LineageOf.GetValueOrDefault(a.Id) ?? a.Id))
            : null;
        var sources = new ClaimSources(articles, context.LineageOf, lineages, mentions);
        var candidates = new List<ClaimCandidate>();
        foreach (var article in articles)
        {
            candidates.AddRange(_extractor.Extract(article, context.LineageOf.GetValueOrDefault(article.Id) ?? article.Id, sources));
        }

        var groups = _aligner.Align(candidates);
        if (story.IndependentSources is not null)
        {
            story.IndependentSources = StorySources.Count(articles, context.LineageOf, candidates);
        }

        context.GetOrAdd(Groups, static () => new Dictionary<string, List<ClaimGroup>>(StringComparer.Ordinal))[story.Id] = groups;
        story.Claims = ToDossier(groups);
    }

    private static List<DossierClaim> ToDossier(List<ClaimGroup> groups)
    {
        var ordered = groups
            .OrderByDescending(g => g.IndependentSources)
            .ThenByDescending(g => g.Members.Count)
            .ToList();
        var result = new List<DossierClaim>(ordered.Count);
        foreach (var group in ordered)
        {
            result.Add(new DossierClaim
            {
                Id = "c" + (result.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Text = group.First.Text,
                Status = StatusOf(group),
                ArticleIds = [.. group.Members.Select(m => m.Article.Id).Distinct(StringComparer.Ordinal)],
                IndependentSources = group.IndependentSources,
                Evidence = [.. group.Members.Select(m => new Evidence(m.Article.Id, m.Span.Start, m.Span.Length, m.Text))],
            });
        }

        return result;
    }

    private static string StatusOf(ClaimGroup group) =>
        group.HasNumericDisagreement && group.IndependentSources >= 2 ? ClaimStatus.Conflicting
        : group.IndependentSources >= 2 ? ClaimStatus.Corroborated
        : ClaimStatus.Unique;
}
