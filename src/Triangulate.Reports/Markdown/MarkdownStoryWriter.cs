using System.Globalization;
using System.Text;
using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Markdown;

/// <summary>
/// A plain Markdown rendering of a dossier's stories: headline facts, summary, claims, conflicts, quotes, timeline
/// and the articles. Basic on purpose (the HTML report is the full view); every statement keeps its article ids.
/// </summary>
public static class MarkdownStoryWriter
{
    public static string Render(DossierDocument dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var articles = dossier.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var md = new StringBuilder();
        foreach (var story in dossier.Stories ?? [])
        {
            Story(md, story, articles);
        }

        return md.ToString();
    }

    private static void Story(StringBuilder md, DossierStory story, Dictionary<string, DossierArticle> articles)
    {
        md.Append("# ").AppendLine(Clean(story.Title ?? story.Id)).AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Story `{story.Id}`: {story.ArticleIds.Count} articles, {story.IndependentSources?.ToString(CultureInfo.InvariantCulture) ?? "?"} independent sources, {Day(story.First)} to {Day(story.Last)}.").AppendLine();
        Section(md, "Summary", story.Summary, s => Clean(s.Sentence));
        Section(md, "Claims", story.Claims, c => $"**{c.Status}** ({c.IndependentSources} sources): {Clean(c.Text)}");
        Section(md, "Conflicts", story.Conflicts, c => $"{c.Kind}, {c.Assessment}: {Clean(c.About)}: {string.Join(" vs ", c.Sides.Select(s => Clean(s.Value)))}");
        Section(md, "Quotes", story.Quotes, q => $"{Clean(q.Speaker ?? "unattributed")}: “{Clean(q.Text)}” ({q.Occurrences.Count} occurrence{(q.Occurrences.Count == 1 ? "" : "s")})");
        Section(md, "Timeline", story.Timeline, t => $"{t.Date}: {Clean(t.Event)}");
        Section(md, "Articles", story.ArticleIds, id => articles.TryGetValue(id, out var a)
            ? $"{Day(a.Published)} {Clean(a.Outlet ?? "unknown outlet")}: {Clean(a.Title ?? a.Id)} (`{a.Id}`)"
            : $"`{id}`");
    }

    private static void Section<T>(StringBuilder md, string title, IReadOnlyList<T>? items, Func<T, string> line)
    {
        if (items is not { Count: > 0 })
        {
            return;
        }

        md.Append("## ").AppendLine(title).AppendLine();
        foreach (var item in items)
        {
            md.Append("- ").AppendLine(line(item));
        }

        md.AppendLine();
    }

    private static string Day(DateTimeOffset? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";

    /// <summary>One line, with Markdown's own characters escaped so article text cannot restructure the page.</summary>
    private static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\n' or '\r')
            {
                sb.Append(' ');
            }
            else
            {
                if (c is '\\' or '*' or '_' or '`' or '#' or '[' or ']' or '<' or '>' or '|')
                {
                    sb.Append('\\');
                }

                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
