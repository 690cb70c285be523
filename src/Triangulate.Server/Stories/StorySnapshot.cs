using Triangulate.Core.Dossier;

namespace Triangulate.Server.Stories;

/// <summary>The stories computed over the store at one moment, indexed for the list and detail endpoints. Immutable once built.</summary>
public sealed class StorySnapshot
{
    public static StorySnapshot Unavailable { get; } = new(false, null);

    private readonly Dictionary<string, DossierStory> _stories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ArticleBrief> _articles = new(StringComparer.Ordinal);
    private readonly List<(StorySummary Summary, HashSet<string> Names)> _rows = [];

    public StorySnapshot(bool available, DossierDocument? dossier)
    {
        Available = available;
        if (dossier is null)
        {
            return;
        }

        foreach (var a in dossier.Articles)
        {
            _articles[a.Id] = new ArticleBrief(a.Id, a.Outlet, a.Title, a.Published, a.Url, a.LineageId);
        }

        foreach (var story in dossier.Stories ?? [])
        {
            _stories[story.Id] = story;
            _rows.Add(Summarize(story));
        }
    }

    /// <summary>False when no stage produces stories: the list is empty for that reason, not because nothing matched.</summary>
    public bool Available { get; }

    /// <summary>Stories and articles in the snapshot (for the server's log).</summary>
    public int StoryCount => _stories.Count;

    public int ArticleCount => _articles.Count;

    public StoryPage Query(StoryQuery query)
    {
        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, StoryQuery.MaxPageSize);
        var matches = _rows.Where(r => Matches(r.Summary, r.Names, query)).Select(r => r.Summary);
        var sorted = (query.Sort?.ToLowerInvariant()) switch
        {
            "newest" => matches.OrderByDescending(s => s.Last ?? DateTimeOffset.MinValue).ThenByDescending(s => s.ArticleCount),
            "oldest" => matches.OrderBy(s => s.First ?? DateTimeOffset.MaxValue).ThenByDescending(s => s.ArticleCount),
            _ => matches.OrderByDescending(s => s.ArticleCount).ThenByDescending(s => s.Last ?? DateTimeOffset.MinValue),
        };
        var all = sorted.ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        return new StoryPage(Available, all.Count, page, size, all.Skip((page - 1) * size).Take(size).ToList());
    }

    public StoryDetail? Find(string id)
    {
        if (!_stories.TryGetValue(id, out var story))
        {
            return null;
        }

        var articles = story.ArticleIds.Select(a => _articles.GetValueOrDefault(a)).OfType<ArticleBrief>().ToList();
        return new StoryDetail(story, articles);
    }

    private (StorySummary, HashSet<string>) Summarize(DossierStory story)
    {
        var outlets = story.ArticleIds.Select(a => _articles.GetValueOrDefault(a)?.Outlet).OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var entities = story.Entities ?? [];
        var top = entities.OrderByDescending(e => e.Mentions.Count).Take(5).Select(e => e.Name).ToList();
        var names = new HashSet<string>(entities.SelectMany(e => e.Aliases.Append(e.Name)), StringComparer.OrdinalIgnoreCase);
        var summary = new StorySummary(story.Id, story.Title, story.ArticleIds.Count, story.IndependentSources, story.First, story.Last, outlets, top);
        return (summary, names);
    }

    private static bool Matches(StorySummary s, HashSet<string> names, StoryQuery q) =>
        (q.From is null || (s.Last ?? s.First) is not { } last || last >= q.From)
        && (q.To is null || s.First is not { } first || first <= q.To)
        && (string.IsNullOrWhiteSpace(q.Outlet) || s.Outlets.Contains(q.Outlet.Trim(), StringComparer.OrdinalIgnoreCase))
        && (string.IsNullOrWhiteSpace(q.Entity) || names.Any(n => n.Contains(q.Entity.Trim(), StringComparison.OrdinalIgnoreCase)));
}
