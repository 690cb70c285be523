using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Building;

/// <summary>
/// Who covered a story, by political lean (the AllSides rating of each article's outlet, docs/outlets.md)
/// and by the outlet's country. A <see cref="Blindspot"/> names the side (left or right) with no coverage
/// while the other side has some, once enough articles are rated to say so. Derived from the dossier's
/// articles, so it needs no dossier field of its own.
/// </summary>
public sealed class StoryCoverage
{
    /// <summary>AllSides' five ratings, left to right.</summary>
    public static IReadOnlyList<string> Leans { get; } = ["left", "lean left", "center", "lean right", "right"];

    /// <summary>Rated articles needed before a missing side counts as a blindspot rather than chance.</summary>
    public const int BlindspotMinRated = 3;

    /// <summary>Per lean, in <see cref="Leans"/> order: the articles and their distinct outlets (leans no article has are left out).</summary>
    public List<(string Lean, int Articles, List<string> Outlets)> ByLean { get; } = [];

    /// <summary>Articles per outlet country (ISO 3166-1 alpha-2), most first.</summary>
    public List<(string Country, int Articles)> ByCountry { get; } = [];

    /// <summary>Articles whose outlet has no rating.</summary>
    public int Unrated { get; private set; }

    /// <summary>"left" or "right": the side with no coverage; null when both sides have some or too few are rated.</summary>
    public string? Blindspot { get; private set; }

    public int Rated => ByLean.Sum(l => l.Articles);

    public static StoryCoverage Of(DossierStory story, IReadOnlyDictionary<string, DossierArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(articles);
        var coverage = new StoryCoverage();
        var storyArticles = story.ArticleIds.Select(id => articles.GetValueOrDefault(id)).OfType<DossierArticle>().ToList();
        foreach (var lean in Leans)
        {
            var rated = storyArticles.Where(a => a.OutletLean == lean).ToList();
            if (rated.Count > 0)
            {
                coverage.ByLean.Add((lean, rated.Count, rated.Select(a => a.Outlet ?? a.Input).Distinct(StringComparer.Ordinal).ToList()));
            }
        }

        coverage.Unrated = storyArticles.Count(a => a.OutletLean is null);
        coverage.ByCountry.AddRange(storyArticles.Where(a => a.OutletCountry is not null).GroupBy(a => a.OutletCountry!, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2).ThenBy(g => g.Key, StringComparer.Ordinal));
        var left = coverage.Side("left", "lean left");
        var right = coverage.Side("right", "lean right");
        if (coverage.Rated >= BlindspotMinRated && (left == 0) != (right == 0))
        {
            coverage.Blindspot = left == 0 ? "left" : "right";
        }

        return coverage;
    }

    /// <summary>"lean left 2; center 1": the lean counts as one line.</summary>
    public List<string> LeanCounts() => ByLean.Select(l => $"{l.Lean} {l.Articles}").ToList();

    /// <summary>"US 3; GB 1".</summary>
    public List<string> CountryCounts() => ByCountry.Select(c => $"{c.Country} {c.Articles}").ToList();

    private int Side(string lean, string leaning) => ByLean.Where(l => l.Lean == lean || l.Lean == leaning).Sum(l => l.Articles);
}
