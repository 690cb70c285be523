using Triangulate.Core.Dossier;
using Triangulate.Reports.Building;

namespace Triangulate.Reports.Export;

/// <summary>The dossier's sections as flat tables, one row per item (docs/export.md lists the columns).</summary>
public static class ExportTables
{
    /// <summary>Every table name, in the order <c>--table all</c> writes them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["articles", "stories", "claims", "conflicts", "quantities", "quotes", "timeline"];

    public static ExportTable Build(string name, DossierDocument dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var stories = dossier.Stories ?? [];
        return name switch
        {
            "articles" => Articles(dossier.Articles),
            "stories" => Stories(stories, dossier.Articles),
            "claims" => Claims(stories),
            "conflicts" => Conflicts(stories),
            "quantities" => Quantities(stories),
            "quotes" => Quotes(stories),
            "timeline" => Timeline(stories),
            _ => throw new ArgumentException($"unknown table '{name}'; tables: {string.Join(", ", Names)}", nameof(name)),
        };
    }

    public static ExportTable Articles(IEnumerable<DossierArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var table = new ExportTable("articles", ["id", "sourceId", "outlet", "outletKind", "outletCountry", "outletOwnership", "outletLean",
            "title", "byline", "published", "language", "url", "input", "lineageId", "creditedSources", "text"]);
        foreach (var a in articles)
        {
            table.Add(a.Id, a.SourceId, a.Outlet, a.OutletKind, a.OutletCountry, a.OutletOwnership, a.OutletLean,
                a.Title, a.Byline, a.Published, a.Language, a.Url, a.Input, a.LineageId, a.CreditedSources, a.Text);
        }

        return table;
    }

    private static ExportTable Stories(List<DossierStory> stories, List<DossierArticle> articles)
    {
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var table = new ExportTable("stories", ["storyId", "title", "first", "last", "articles", "independentSources", "outlets",
            "byLean", "unrated", "blindspot", "byCountry", "articleIds"]);
        foreach (var s in stories)
        {
            var outlets = s.ArticleIds.Select(id => byId.GetValueOrDefault(id)?.Outlet).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            var coverage = StoryCoverage.Of(s, byId);
            table.Add(s.Id, s.Title, s.First, s.Last, s.ArticleIds.Count, s.IndependentSources, outlets,
                coverage.LeanCounts(), coverage.Unrated, coverage.Blindspot, coverage.CountryCounts(), s.ArticleIds);
        }

        return table;
    }

    private static ExportTable Claims(List<DossierStory> stories) =>
        PerStoryItem(stories, "claims", ["storyId", "claimId", "status", "independentSources", "text", "articleIds", "evidence"],
            s => s.Claims, c => [c.Id, c.Status, c.IndependentSources, c.Text, c.ArticleIds, c.Evidence]);

    /// <summary>One row per side, so each value keeps its own sources.</summary>
    private static ExportTable Conflicts(List<DossierStory> stories)
    {
        var table = new ExportTable("conflicts", ["storyId", "conflict", "kind", "about", "assessment", "side", "value", "normalized", "articleIds", "evidence"]);
        foreach (var s in stories)
        {
            var number = 0;
            foreach (var c in s.Conflicts ?? [])
            {
                number++;
                for (var side = 0; side < c.Sides.Count; side++)
                {
                    var v = c.Sides[side];
                    table.Add(s.Id, number, c.Kind, c.About, c.Assessment, side + 1, v.Value, v.Normalized, v.ArticleIds, v.Evidence);
                }
            }
        }

        return table;
    }

    private static ExportTable Quantities(List<DossierStory> stories) =>
        PerStoryItem(stories, "quantities", ["storyId", "value", "unit", "about", "evidence"],
            s => s.Quantities, q => [q.Value, q.Unit, q.About, q.Evidence]);

    /// <summary>One row per occurrence: where each outlet printed the quote, and in which words.</summary>
    private static ExportTable Quotes(List<DossierStory> stories)
    {
        var table = new ExportTable("quotes", ["storyId", "quoteId", "speaker", "quote", "articleId", "start", "length", "kind", "speakerText", "text"]);
        foreach (var s in stories)
        {
            foreach (var f in s.Quotes ?? [])
            {
                foreach (var o in f.Occurrences)
                {
                    table.Add(s.Id, f.Id, f.Speaker, f.Text, o.ArticleId, o.Start, o.Length, o.Kind, o.SpeakerText, o.Text);
                }
            }
        }

        return table;
    }

    private static ExportTable Timeline(List<DossierStory> stories) =>
        PerStoryItem(stories, "timeline", ["storyId", "date", "precision", "event", "expression", "articleIds", "evidence"],
            s => s.Timeline, t => [t.Date, t.Precision, t.Event, t.Expression, t.ArticleIds, t.Evidence]);

    /// <summary>One row per item of one story section: the story's id, then the item's <paramref name="cells"/>.</summary>
    private static ExportTable PerStoryItem<T>(List<DossierStory> stories, string name, IReadOnlyList<string> columns,
        Func<DossierStory, IEnumerable<T>?> items, Func<T, object?[]> cells)
    {
        var table = new ExportTable(name, columns);
        foreach (var s in stories)
        {
            foreach (var item in items(s) ?? [])
            {
                table.Add([s.Id, .. cells(item)]);
            }
        }

        return table;
    }
}
