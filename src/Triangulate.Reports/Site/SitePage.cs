using System.Text;
using Triangulate.Reports.Html;

namespace Triangulate.Reports.Site;

/// <summary>Writes one page of the report site: the shared head and chrome around a body the caller writes.</summary>
internal static class SitePage
{
    /// <summary>Writes <paramref name="relativePath"/> under <paramref name="root"/> and returns its size in bytes.</summary>
    public static long Write(string root, string relativePath, string title, ReportContext context, Action<HtmlWriter> body)
    {
        context.CurrentPage = relativePath;
        var path = Path.Combine(root, relativePath.Replace('/', Path.DirectorySeparatorChar));
        using (var stream = File.Create(path))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 64 * 1024))
        {
            var html = new HtmlWriter(writer);
            PageChrome.WriteHead(html, title);
            html.Open("body");
            body(html);
            PageChrome.WriteEnd(html);
        }

        return new FileInfo(path).Length;
    }

    /// <summary>The links every page carries: the story index, inputs and diagnostics, and other articles when any.</summary>
    public static void WriteNav(HtmlWriter html, string currentPage, bool hasOtherArticles)
    {
        var up = currentPage.Contains('/', StringComparison.Ordinal) ? "../" : "";
        html.Open("nav", [("class", "site-nav"), ("aria-label", "Report pages")]);
        html.Link(up + SiteFiles.Index, "Stories");
        html.Link(up + SiteFiles.Inputs, "Inputs and diagnostics");
        if (hasOtherArticles)
        {
            html.Link(up + SiteFiles.OtherArticles, "Articles in no story");
        }

        html.Close("nav");
    }
}
