using Triangulate.Core.Dossier;
using Triangulate.Reports.Html;

namespace Triangulate.Reports.Site;

/// <summary>
/// Writes the report as a small site that scales to thousands of articles: <c>index.html</c> (the story index),
/// <c>stories/&lt;id&gt;.html</c> (one page per story) with <c>stories/&lt;id&gt;_articles.html</c> (its article
/// texts), <c>inputs.html</c> (inputs and diagnostics) and, when some articles are in no story,
/// <c>articles.html</c>. Every page is self-contained (the same CSP, stylesheet and script as the one-file
/// report; no requests) and every dossier string is escaped by <see cref="HtmlWriter"/>. An article in several
/// stories has its text on the first story's page; the others link there.
/// </summary>
public sealed class ReportSiteWriter
{
    /// <summary>Writes the site into <paramref name="folder"/> (created if missing) and says what it wrote.</summary>
    public ReportSite Write(DossierDocument dossier, string folder)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentException.ThrowIfNullOrEmpty(folder);
        Directory.CreateDirectory(Path.Combine(folder, SiteFiles.StoriesFolder));
        var context = new ReportContext(dossier, HtmlReportWriter.DefaultStorySections());
        var stories = dossier.Stories ?? [];
        var names = SiteFiles.StoryNames(stories);
        var (pages, others) = ArticlePages(dossier, stories, names);
        context.ArticlePages = pages;
        var hasOthers = others.Count > 0;
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal)
        {
            [SiteFiles.Index] = SitePage.Write(folder, SiteFiles.Index, "Triangulate report", context, html => StoryIndexPage.Write(context, names, hasOthers, html)),
            [SiteFiles.Inputs] = SitePage.Write(folder, SiteFiles.Inputs, "Inputs and diagnostics — Triangulate report", context, html => InputsPage.Write(context, hasOthers, html)),
        };
        for (var i = 0; i < stories.Count; i++)
        {
            var (story, name) = (stories[i], names[i]);
            var title = StoryDetailPage.Title(story);
            var page = SiteFiles.StoryPage(name);
            sizes[page] = SitePage.Write(folder, page, $"{title} — Triangulate report", context, html => StoryDetailPage.Write(context, story, name, hasOthers, html));
            var own = story.ArticleIds.Where(id => pages.TryGetValue(id, out var p) && p == SiteFiles.StoryArticlesPage(name)).ToList();
            var texts = SiteFiles.StoryArticlesPage(name);
            sizes[texts] = SitePage.Write(folder, texts, $"Articles of {title} — Triangulate report", context,
                html => ArticlesPage.Write(context, $"Articles of: {title}", name + ".html", "Back to the story", own, hasOthers, html));
        }

        if (hasOthers)
        {
            sizes[SiteFiles.OtherArticles] = SitePage.Write(folder, SiteFiles.OtherArticles, "Articles in no story — Triangulate report", context,
                html => ArticlesPage.Write(context, "Articles in no story", null, null, others, hasOthers, html));
        }

        return new ReportSite(Path.Combine(folder, SiteFiles.Index), sizes);
    }

    /// <summary>Which page holds each article's text: its first story's articles page, else the other-articles page.</summary>
    private static (Dictionary<string, string> Pages, List<string> Others) ArticlePages(DossierDocument dossier, List<DossierStory> stories, IReadOnlyList<string> names)
    {
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < stories.Count; i++)
        {
            foreach (var id in stories[i].ArticleIds)
            {
                pages.TryAdd(id, SiteFiles.StoryArticlesPage(names[i]));
            }
        }

        var others = new List<string>();
        foreach (var article in dossier.Articles)
        {
            if (pages.TryAdd(article.Id, SiteFiles.OtherArticles))
            {
                others.Add(article.Id);
            }
        }

        return (pages, others);
    }
}
