using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Html.Charts;

/// <summary>
/// Who covered the story when: one row per outlet (first to report on top), one mark per dated article at its
/// publication time. A filled dot is an original report; a hollow ring is a copy (a later member of a lineage).
/// Each mark links to the article's text and names it in a tooltip. Rows beyond <see cref="MaxRows"/> are
/// folded into one "other outlets" row so a 600-article story stays a readable picture.
/// </summary>
public static class CoverageChart
{
    public const int MaxRows = 24;
    private const double Width = 760, LabelWidth = 180, RowHeight = 18, Top = 8, Right = 16, AxisRoom = 28;

    /// <summary>Writes the chart, or nothing when no article of the story has a date.</summary>
    public static void Write(ReportContext context, DossierStory story, HtmlWriter html)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(html);
        var dated = new List<(DossierArticle Article, DateTimeOffset When)>();
        foreach (var id in story.ArticleIds)
        {
            if (context.FindArticle(id) is { Published: { } when } article)
            {
                dated.Add((article, when));
            }
        }

        if (dated.Count == 0)
        {
            return;
        }

        dated.Sort((a, b) => a.When.CompareTo(b.When));
        var rows = Rows(dated);
        var roles = new LineageRoles(context, story);
        var height = Top + (rows.Count * RowHeight) + AxisRoom;
        var scale = new TimeScale(dated[0].When, dated[^1].When, LabelWidth + 8, Width - Right);
        Svg.Open(html, "coverage", Width, height, $"Coverage: {ReportFormat.Plural(dated.Count, "dated article")} by {ReportFormat.Plural(rows.Count, "outlet row")} over time");
        scale.WriteAxis(html, Top + (rows.Count * RowHeight) + 4, Top);
        for (var r = 0; r < rows.Count; r++)
        {
            var y = Top + (r * RowHeight) + (RowHeight / 2);
            Svg.Text(html, LabelWidth, y + 4, Svg.Short(rows[r].Label, 28), "ch-label", "end");
            foreach (var (article, when) in rows[r].Articles)
            {
                WriteMark(context, html, roles, article, when, scale.X(when), y);
            }
        }

        var undated = story.ArticleIds.Count - dated.Count;
        Svg.Close(html, Caption(dated.Count, undated, roles.Copies));
    }

    private static void WriteMark(ReportContext context, HtmlWriter html, LineageRoles roles, DossierArticle article, DateTimeOffset when, double x, double y)
    {
        var copyOf = roles.CopyOf(article.Id);
        var tip = $"{Label(article)} · {ReportFormat.Instant(when)} · {(copyOf is null ? "original" : "copy (" + copyOf + ")")}" +
            (string.IsNullOrWhiteSpace(article.Title) ? "" : " · " + article.Title);
        var href = context.ArticleHref(article.Id);
        if (href is not null)
        {
            html.OpenLink(href);
        }

        html.Open("circle", [("cx", Svg.N(x)), ("cy", Svg.N(y)), ("r", copyOf is null ? "4.5" : "4"), ("class", copyOf is null ? "cv-orig" : "cv-copy")]);
        html.Element("title", tip);
        html.Close("circle");
        if (href is not null)
        {
            html.Close("a");
        }
    }

    private static string Caption(int dated, int undated, int copies)
    {
        var caption = $"Filled dot: original report; hollow ring: copy of an earlier report in its lineage ({ReportFormat.Plural(copies, "copy", "copies")}). {ReportFormat.Plural(dated, "dated article")}.";
        return undated > 0 ? caption + $" Without a date, not placed: {ReportFormat.Plural(undated, "article")}." : caption;
    }

    private static string Label(DossierArticle article) =>
        string.IsNullOrWhiteSpace(article.Outlet) ? "unnamed outlet" : article.Outlet;

    private static List<(string Label, List<(DossierArticle, DateTimeOffset)> Articles)> Rows(List<(DossierArticle Article, DateTimeOffset When)> dated)
    {
        var rows = new List<(string Label, List<(DossierArticle, DateTimeOffset)> Articles)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (article, when) in dated)
        {
            var label = Label(article);
            if (!index.TryGetValue(label, out var row))
            {
                row = rows.Count < MaxRows - 1 ? rows.Count : MaxRows - 1;
                if (row == rows.Count)
                {
                    rows.Add((row == MaxRows - 1 ? "other outlets" : label, []));
                }

                index[label] = row;
            }

            rows[row].Articles.Add((article, when));
        }

        return rows;
    }
}
