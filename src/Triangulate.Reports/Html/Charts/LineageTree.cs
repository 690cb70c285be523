using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Html.Charts;

/// <summary>
/// Each lineage of two or more articles as a small tree: the origin on the left, its copies on the right in
/// publication order, joined by edges. The largest lineages come first; beyond <see cref="MaxLineages"/>
/// lineages or <see cref="MaxCopies"/> copies a line says how many more there are.
/// </summary>
public static class LineageTree
{
    public const int MaxLineages = 10;
    public const int MaxCopies = 8;
    private const double Width = 760, RootWidth = 250, ChildX = 330, RowHeight = 20, Gap = 12;

    /// <summary>Writes the tree, or nothing when no lineage has a copy.</summary>
    public static void Write(ReportContext context, DossierStory story, HtmlWriter html)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(html);
        var lineages = (story.Lineages ?? []).Where(l => l.ArticleIds.Count >= 2)
            .OrderByDescending(l => l.ArticleIds.Count).ThenBy(l => l.Id, StringComparer.Ordinal).ToList();
        if (lineages.Count == 0)
        {
            return;
        }

        var shown = lineages.Take(MaxLineages).ToList();
        var height = shown.Sum(l => (Math.Min(l.ArticleIds.Count - 1, MaxCopies + 1) * RowHeight) + Gap) + Gap;
        Svg.Open(html, "lineage", Width, height, $"Lineage: {ReportFormat.Plural(lineages.Count, "lineage")} with copies, origin to copies");
        var top = Gap;
        foreach (var lineage in shown)
        {
            top = WriteLineage(context, html, lineage, top) + Gap;
        }

        var caption = "Left: the origin of each lineage; right: the articles that copy it, earliest first.";
        if (lineages.Count > shown.Count)
        {
            caption += $" {ReportFormat.Plural(lineages.Count - shown.Count, "smaller lineage")} not drawn (listed below).";
        }

        Svg.Close(html, caption);
    }

    private static double WriteLineage(ReportContext context, HtmlWriter html, DossierLineage lineage, double top)
    {
        var origin = LineageRoles.OriginArticle(context, lineage);
        var copies = lineage.ArticleIds.Where(id => id != origin)
            .OrderBy(id => context.FindArticle(id)?.Published ?? DateTimeOffset.MaxValue).ToList();
        var rows = Math.Min(copies.Count, MaxCopies) + (copies.Count > MaxCopies ? 1 : 0);
        var rootY = top + (rows * RowHeight / 2);
        // A credited origin (an agency) may have no article here: then the earliest article stands for it, and says so.
        var first = context.ArticleLabel(origin);
        var rootLabel = lineage.Origin?.Name is { Length: > 0 } name && name != first ? $"{lineage.Id}: {name} via {first}" : $"{lineage.Id}: {first}";
        Node(context, html, origin, 4, rootY - 10, RootWidth, rootLabel, "tr-root");
        for (var i = 0; i < rows; i++)
        {
            var y = top + (i * RowHeight) + (RowHeight / 2);
            html.Open("path", [("d", $"M{Svg.N(4 + RootWidth)} {Svg.N(rootY)} C{Svg.N(ChildX - 40)} {Svg.N(rootY)} {Svg.N(ChildX - 40)} {Svg.N(y)} {Svg.N(ChildX)} {Svg.N(y)}"), ("class", "tr-edge")]).Close("path");
            if (i == MaxCopies)
            {
                Svg.Text(html, ChildX + 6, y + 4, $"… and {copies.Count - MaxCopies} more", "ch-muted");
                continue;
            }

            Node(context, html, copies[i], ChildX, y - 8, Width - ChildX - 4, context.ArticleLabel(copies[i]), "tr-node");
        }

        return top + (rows * RowHeight);
    }

    private static void Node(ReportContext context, HtmlWriter html, string articleId, double x, double y, double width, string label, string cssClass)
    {
        var article = context.FindArticle(articleId);
        var when = article?.Published is { } p ? " · " + ReportFormat.Instant(p) : "";
        var href = context.ArticleHref(articleId);
        if (href is not null)
        {
            html.OpenLink(href);
        }

        html.Open("g");
        html.Element("title", label + when + (string.IsNullOrWhiteSpace(article?.Title) ? "" : " · " + article.Title));
        html.Open("rect", [("x", Svg.N(x)), ("y", Svg.N(y)), ("width", Svg.N(width)), ("height", cssClass == "tr-root" ? "20" : "16"), ("rx", "3"), ("class", cssClass)]).Close("rect");
        Svg.Text(html, x + 6, y + (cssClass == "tr-root" ? 14 : 12), Svg.Short(label + when, (int)(width / 6.2)), "ch-label");
        html.Close("g");
        if (href is not null)
        {
            html.Close("a");
        }
    }
}
