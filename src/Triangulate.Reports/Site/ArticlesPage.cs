using Triangulate.Reports.Html;
using Triangulate.Reports.Html.Sections;

namespace Triangulate.Reports.Site;

/// <summary>A page of article texts (a story's, or those in no story) with every cited span highlighted.</summary>
internal static class ArticlesPage
{
    public static void Write(ReportContext context, string heading, string? backPage, string? backText, IReadOnlyList<string> articleIds, bool hasOtherArticles, HtmlWriter html)
    {
        html.Open("header");
        SitePage.WriteNav(html, context.CurrentPage, hasOtherArticles);
        html.Element("h1", heading);
        if (backPage is not null)
        {
            html.Open("p").Link(backPage, backText).Close("p");
        }

        html.Close("header");
        html.Open("main");
        foreach (var id in articleIds)
        {
            if (context.OrdinalOf(id) is { } ordinal)
            {
                ArticlesSection.RenderArticle(context, html, context.Dossier.Articles[ordinal], ordinal);
            }
        }

        html.Close("main");
    }
}
