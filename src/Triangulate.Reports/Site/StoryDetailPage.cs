using Triangulate.Core.Dossier;
using Triangulate.Reports.Html;
using Triangulate.Reports.Html.Charts;
using Triangulate.Reports.Html.StorySections;

namespace Triangulate.Reports.Site;

/// <summary>
/// stories/&lt;id&gt;.html: one story, summary first, then its coverage over time, figure tracks (when the dossier
/// has them), conflicts, claims grouped by status, quotes, timeline, framing, lineage (a tree, then the list),
/// entities and quantities. Parts no stage produced are left out. Citations link to the story's article texts,
/// which are on their own page beside it so that this page stays small.
/// </summary>
internal static class StoryDetailPage
{
    /// <summary>Long lists (timeline, entities, quantities) show this many items; the dossier has the rest.</summary>
    public const int MaxListItems = 200;

    /// <summary>Claims shown per status group.</summary>
    public const int MaxClaimsPerGroup = 300;

    private static readonly (string Id, IStorySection Part)[] Before = [("summary", new SummaryStorySection())];

    private static readonly (string Id, IStorySection Part)[] After =
    [
        ("lean", new CoverageStorySection()), ("headlines", new HeadlinesStorySection()), ("figure-tracks", new FigureTracksStorySection { MaxItems = MaxListItems }),
        ("conflicts", new ConflictsStorySection { MaxItems = MaxListItems }), ("claims", new ClaimsStorySection { MaxPerGroup = MaxClaimsPerGroup }), ("quotes", new QuotesStorySection { MaxItems = MaxListItems }),
        ("timeline", new TimelineStorySection { MaxItems = MaxListItems }), ("framing", new FramingStorySection()),
    ];

    private static readonly (string Id, IStorySection Part)[] Last =
        [("entities", new EntitiesStorySection { MaxItems = MaxListItems }), ("quantities", new QuantitiesStorySection { MaxItems = MaxListItems })];

    public static void Write(ReportContext context, DossierStory story, string name, bool hasOtherArticles, HtmlWriter html)
    {
        var title = Title(story);
        html.Open("header");
        SitePage.WriteNav(html, context.CurrentPage, hasOtherArticles);
        html.Element("h1", title);
        html.Open("p", "story-head");
        html.Element("strong", ReportFormat.SourceCount(story.IndependentSources, story.ArticleIds.Count));
        if (story.First is not null || story.Last is not null)
        {
            html.Text(" · ").Time(story.First).Text(" – ").Time(story.Last);
        }

        var outlets = StoryIndexPage.Outlets(context, story);
        html.Text(" · ").Text(ReportFormat.Plural(outlets.Count, "named outlet"));
        html.Text(" · ").Link(SiteFiles.StoryArticlesPage(name)[(SiteFiles.StoriesFolder.Length + 1)..], "article texts");
        html.Close("p");
        html.Close("header");
        html.Open("main");
        Parts(context, story, html, Before);
        if (story.ArticleIds.Any(id => context.FindArticle(id)?.Published is not null))
        {
            Part(html, "coverage", "Coverage", () => CoverageChart.Write(context, story, html));
        }

        Parts(context, story, html, After);
        if (story.Lineages is not null)
        {
            Part(html, "lineage", "Lineage", () =>
            {
                LineageTree.Write(context, story, html);
                new LineagesStorySection().Render(context, story, html);
            });
        }

        Parts(context, story, html, Last);
        html.Close("main");
    }

    public static string Title(DossierStory story) => string.IsNullOrWhiteSpace(story.Title) ? $"Story {story.Id}" : story.Title;

    private static void Parts(ReportContext context, DossierStory story, HtmlWriter html, (string Id, IStorySection Part)[] parts)
    {
        foreach (var (id, part) in parts)
        {
            if (part.HasContent(story))
            {
                Part(html, id, part.Title, () => part.Render(context, story, html));
            }
        }
    }

    private static void Part(HtmlWriter html, string id, string title, Action render)
    {
        html.Open("section", "story-part", id);
        html.Element("h2", title);
        render();
        html.Close("section");
    }
}
