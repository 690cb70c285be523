using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
namespace Triangulate.Nlp.Dates;

/// <summary>
/// Dates the year-less calendar dates of undated articles from their story. A plain-text rewrite without a
/// publication date that says "a letter dated September 6" belongs to a story whose dated articles were
/// published in late September 2025, so the letter is 2025-09-06, and "four days after" it becomes a date
/// too. Only month-and-day dates are placed this way: "yesterday" or "this Monday" in an undated article
/// stay unresolved, because a story spans days and the article's own day is unknown.
/// Runs after story clustering and before every stage that reads the dates layer (timeline, claims).
/// </summary>
public sealed class StoryDatesStage : ICorpusStage
{
    private readonly TemporalTagger _tagger = new();

    public string Name => "story-dates";
    public string Version => "1.0";
    public IReadOnlyList<string> Requires => [CorpusKeys.Stories.Name, Layers.Dates.Name];
    public IReadOnlyList<string> Produces => [CorpusKeys.StoryDates.Name];

    public void Process(CorpusContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var byId = context.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        foreach (var story in context.Stories ?? [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            Redate(story.ArticleIds.Where(byId.ContainsKey).Select(id => byId[id]).ToList());
        }
    }

    private void Redate(IReadOnlyList<Article> articles)
    {
        if (StoryDate(articles) is not { } hint)
        {
            return;
        }

        foreach (var article in articles)
        {
            if (article.Metadata.Published is null && article.Annotations.Get(Layers.Dates).Any(NeedsYear))
            {
                article.Annotations.Set(Layers.Dates, _tagger.Tag(article, null, hint));
            }
        }
    }

    /// <summary>The median publication day of the story's dated articles, or null when none is dated.</summary>
    public static DateOnly? StoryDate(IReadOnlyList<Article> articles)
    {
        var days = articles.Where(a => a.Metadata.Published is not null)
            .Select(a => DateOnly.FromDateTime(a.Metadata.Published!.Value.DateTime))
            .Order()
            .ToList();
        return days.Count == 0 ? null : days[(days.Count - 1) / 2];
    }

    private static bool NeedsYear(TimeExpression t) => t.Type == "DATE" && (t.Value is null || t.Value.StartsWith("XXXX", StringComparison.Ordinal));
}
