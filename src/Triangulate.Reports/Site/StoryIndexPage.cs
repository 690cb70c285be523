using System.Globalization;
using Triangulate.Core.Dossier;
using Triangulate.Reports.Html;
using Triangulate.Reports.Html.Sections;

namespace Triangulate.Reports.Site;

/// <summary>
/// index.html: the run's counts, then one table row per story — title, first and last report, articles,
/// independent sources, outlets, and the last change a watcher saw when the dossier has revisions. Rows come
/// biggest story first; the inline script adds sorting by any column and a filter, but the table reads in full
/// without it (the filter box stays hidden).
/// </summary>
internal static class StoryIndexPage
{
    public static void Write(ReportContext context, IReadOnlyList<string> storyNames, bool hasOtherArticles, HtmlWriter html)
    {
        var dossier = context.Dossier;
        html.Open("header");
        html.Element("h1", "Triangulate report");
        html.Open("p", "generated").Text("Generated ").Time(dossier.GeneratedAt).Text(" · format ").Element("code", dossier.Format).Close("p");
        SitePage.WriteNav(html, context.CurrentPage, hasOtherArticles);
        html.Close("header");
        html.Open("main");
        new OverviewSection().Render(context, html);
        html.Open("section", id: "stories");
        html.Element("h2", "Stories");
        if (dossier.Stories is not { Count: > 0 } stories)
        {
            html.Element("p", dossier.Stories is null
                ? "No stories: the clustering stage did not run. Every article is on the articles page."
                : "No stories were found.", "muted");
        }
        else
        {
            WriteTable(context, stories, storyNames, html);
        }

        html.Close("section");
        html.Close("main");
    }

    private static void WriteTable(ReportContext context, List<DossierStory> stories, IReadOnlyList<string> names, HtmlWriter html)
    {
        var withChanges = stories.Select(s => LastChange(context, s)).ToList();
        var showChanges = withChanges.Any(c => c is not null);
        html.Open("div", [("class", "filter-box"), ("id", "story-filter-box"), ("hidden", "")]);
        html.Open("label").Text("Filter ").Void("input", [("type", "search"), ("id", "story-filter"), ("placeholder", "words in title or outlets")]).Close("label");
        html.Open("label").Void("input", [("type", "checkbox"), ("id", "story-multi")]).Text(" only stories with 2 or more articles").Close("label");
        html.Open("output", [("id", "story-shown"), ("class", "muted")]).Close("output");
        html.Close("div");
        html.Open("div", "table-wrap").Open("table", [("class", "stories"), ("id", "story-table")]);
        html.Element("caption", $"{ReportFormat.Plural(stories.Count, "story", "stories")}, biggest first. With script on, click a header to sort.", "muted");
        html.Open("thead").Open("tr");
        Header(html, "Title", false);
        Header(html, "First", true);
        Header(html, "Last", true);
        Header(html, "Articles", true);
        Header(html, "Independent sources", true);
        Header(html, "Outlets", true);
        if (showChanges)
        {
            Header(html, "Last change", true);
        }

        html.Close("tr").Close("thead").Open("tbody");
        var order = Enumerable.Range(0, stories.Count)
            .OrderByDescending(i => stories[i].ArticleIds.Count).ThenByDescending(i => stories[i].Last ?? DateTimeOffset.MinValue).ThenBy(i => i);
        foreach (var i in order)
        {
            WriteRow(context, stories[i], names[i], showChanges ? withChanges[i] ?? DateTimeOffset.MinValue : null, html);
        }

        html.Close("tbody").Close("table").Close("div");
    }

    private static void Header(HtmlWriter html, string text, bool number) =>
        html.Open("th", [("scope", "col"), ("class", number ? "num" : null), ("data-type", number ? "number" : "text")]).Text(text).Close("th");

    private static void WriteRow(ReportContext context, DossierStory story, string name, DateTimeOffset? lastChange, HtmlWriter html)
    {
        var count = story.ArticleIds.Count.ToString(CultureInfo.InvariantCulture);
        html.Open("tr", [("data-articles", count)]);
        html.Open("td").Link(SiteFiles.StoryPage(name), string.IsNullOrWhiteSpace(story.Title) ? $"Story {story.Id}" : story.Title).Close("td");
        When(html, story.First);
        When(html, story.Last);
        html.Open("td", "num").Text(count).Close("td");
        html.Open("td", "num").Text(story.IndependentSources?.ToString(CultureInfo.InvariantCulture) ?? "").Close("td");
        var outlets = Outlets(context, story);
        html.Open("td", [("class", "num"), ("title", string.Join(", ", outlets.Take(12)))]).Text(outlets.Count.ToString(CultureInfo.InvariantCulture)).Close("td");
        if (lastChange is { } change)
        {
            When(html, change == DateTimeOffset.MinValue ? null : change);
        }

        html.Close("tr");
    }

    private static void When(HtmlWriter html, DateTimeOffset? value)
    {
        html.Open("td", [("class", "when"), ("data-v", value?.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) ?? "")]);
        if (value is not null)
        {
            html.Time(value);
        }

        html.Close("td");
    }

    /// <summary>Distinct named outlets of the story, most articles first.</summary>
    public static List<string> Outlets(ReportContext context, DossierStory story) =>
        story.ArticleIds.Select(id => context.FindArticle(id)?.Outlet).Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o!)
            .GroupBy(o => o, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();

    /// <summary>The latest time a watcher saw one of the story's articles change (a revision after the first), or null.</summary>
    public static DateTimeOffset? LastChange(ReportContext context, DossierStory story)
    {
        DateTimeOffset? last = null;
        foreach (var id in story.ArticleIds)
        {
            foreach (var revision in context.FindArticle(id)?.Revisions ?? [])
            {
                if (revision.Number > 1 && (last is null || revision.SeenAt > last))
                {
                    last = revision.SeenAt;
                }
            }
        }

        return last;
    }
}
