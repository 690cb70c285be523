using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Html.Sections;

/// <summary>
/// The stories, each with its headline count ("2 independent sources (4 articles)") and the story parts
/// (<see cref="IStorySection"/>) that the dossier has. Absent when no clustering stage ran.
/// </summary>
public sealed class StoriesSection : IReportSection
{
    public int Order => 20;

    public string Id => "stories";

    public string Title => "Stories";

    public bool HasContent(ReportContext context) => context.Dossier.Stories is { Count: > 0 };

    public void Render(ReportContext context, HtmlWriter html)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(html);
        var stories = context.Dossier.Stories ?? [];
        for (var i = 0; i < stories.Count; i++)
        {
            RenderStory(context, html, stories[i], i);
        }
    }

    private static void RenderStory(ReportContext context, HtmlWriter html, DossierStory story, int index)
    {
        html.Open("article", "story", $"story-{index}");
        html.Element("h3", string.IsNullOrWhiteSpace(story.Title) ? $"Story {story.Id}" : story.Title);
        html.Open("p", "story-meta");
        html.Element("strong", ReportFormat.SourceCount(story.IndependentSources, story.ArticleIds.Count));
        if (story.First is not null || story.Last is not null)
        {
            html.Text(" · ").Time(story.First).Text(" – ").Time(story.Last);
        }

        html.Close("p");
        html.Open("p", "story-articles").Text("Articles: ");
        EvidenceHtml.WriteArticleRefs(context, html, story.ArticleIds);
        html.Close("p");
        foreach (var part in context.StorySections)
        {
            if (!part.HasContent(story))
            {
                continue;
            }

            html.Open("section", "story-part");
            html.Element("h4", part.Title);
            part.Render(context, story, html);
            html.Close("section");
        }

        html.Close("article");
    }
}
