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

    /// <summary>Anchor id for the article at <paramref name="index"/> in <see cref="DossierDocument.Articles"/>.</summary>
    public static string ArticleAnchor(int index) => $"art-{index}";

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
            return "#" + mark.Id;
        }

        return ArticleAnchor(articleId) is { } anchor ? "#" + anchor : null;
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
