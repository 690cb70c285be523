using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Html;

/// <summary>
/// What sections render from: the dossier plus lookups (articles by id, their anchors, the highlight marks
/// that evidence links to). Anchors use the article's position, never its id, so no input-derived text ever
/// reaches an id attribute.
/// </summary>
public sealed class ReportContext
{
    private readonly Dictionary<string, int> _ordinals = new(StringComparer.Ordinal);
    private readonly EvidenceMarks _marks;

    public ReportContext(DossierDocument dossier, IReadOnlyList<IStorySection> storySections)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(storySections);
        Dossier = dossier;
        StorySections = storySections;
        for (var i = 0; i < dossier.Articles.Count; i++)
        {
            _ordinals.TryAdd(dossier.Articles[i].Id, i);
        }

        _marks = new EvidenceMarks(dossier, _ordinals);
    }

    public DossierDocument Dossier { get; }

    /// <summary>The story parts, in order.</summary>
    public IReadOnlyList<IStorySection> StorySections { get; }

    public DossierArticle? FindArticle(string articleId) =>
        _ordinals.TryGetValue(articleId, out var i) ? Dossier.Articles[i] : null;

    /// <summary>The anchor id of an article ("art-3"), or null when the dossier has no such article.</summary>
    public string? ArticleAnchor(string articleId) => _ordinals.TryGetValue(articleId, out var i) ? $"art-{i}" : null;

    /// <summary>The article's position in <see cref="DossierDocument.Articles"/>, or null.</summary>
    public int? OrdinalOf(string articleId) => _ordinals.TryGetValue(articleId, out var i) ? i : null;

    /// <summary>Anchor id for the article at <paramref name="index"/> in <see cref="DossierDocument.Articles"/>.</summary>
    public static string ArticleAnchor(int index) => $"art-{index}";

    /// <summary>
    /// Where articles' texts live when the report is a site of several pages (<see cref="Site.ReportSiteWriter"/>):
    /// article id → page path from the site's root ("stories/s1-articles.html"). Null for a one-page report.
    /// </summary>
    public IReadOnlyDictionary<string, string>? ArticlePages { get; set; }

    /// <summary>The page being written, as a path from the site's root ("index.html", "stories/s1.html").</summary>
    public string CurrentPage { get; set; } = "report.html";

    /// <summary>
    /// The href of <paramref name="fragment"/> on the page holding <paramref name="articleId"/>: "#fragment" when it
    /// is this page (or the report is one page), else a relative link to that page.
    /// </summary>
    public string HrefOn(string articleId, string fragment)
    {
        if (ArticlePages is null || !ArticlePages.TryGetValue(articleId, out var page) || page == CurrentPage)
        {
            return "#" + fragment;
        }

        var here = CurrentPage.LastIndexOf('/');
        if (here >= 0 && page.StartsWith(CurrentPage.AsSpan(0, here + 1), StringComparison.Ordinal) && page.IndexOf('/', here + 1) < 0)
        {
            return page[(here + 1)..] + "#" + fragment; // same folder
        }

        return (here >= 0 ? "../" : "") + page + "#" + fragment;
    }

    /// <summary>The href of an article's text, or null when the dossier has no such article.</summary>
    public string? ArticleHref(string articleId) => ArticleAnchor(articleId) is { } anchor ? HrefOn(articleId, anchor) : null;

    /// <summary>A short human label: outlet, else title, else input.</summary>
    public string ArticleLabel(string articleId) => FindArticle(articleId) is { } a
        ? FirstNonEmpty(a.Outlet, a.Title, a.Input)
        : articleId;

    /// <summary>The highlight marks of an article's text, sorted and non-overlapping.</summary>
    public IReadOnlyList<ArticleMark> MarksOf(string articleId) => _marks.Of(articleId);

    /// <summary>
    /// Where a citation of [start, start+length) in an article should link: its highlight mark, else the
    /// article; null when the article is not in the dossier.
    /// </summary>
    public string? CitationHref(string articleId, int start, int length)
    {
        if (length > 0 && _marks.Find(articleId, start) is { } mark)
        {
            return HrefOn(articleId, mark.Id);
        }

        return ArticleHref(articleId);
    }

    private static string FirstNonEmpty(params ReadOnlySpan<string?> values)
    {
        foreach (var v in values)
        {
            if (!string.IsNullOrWhiteSpace(v))
            {
                return v;
            }
        }

        return "?";
    }
}
