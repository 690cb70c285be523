namespace Triangulate.Reports.Html;

/// <summary>
/// What every report page shares: the head (charset, viewport, the hash-based Content-Security-Policy, no
/// referrer, the inline stylesheet) and the end (the one inline script, then the closing tags).
/// </summary>
internal static class PageChrome
{
    public static void WriteHead(HtmlWriter html, string title)
    {
        html.Raw("<!DOCTYPE html>\n<html lang=\"en\">");
        html.Open("head");
        html.Void("meta", [("charset", "utf-8")]);
        html.Void("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]);
        html.Void("meta", [("http-equiv", "Content-Security-Policy"), ("content", ReportAssets.ContentSecurityPolicy)]);
        html.Void("meta", [("name", "referrer"), ("content", "no-referrer")]);
        html.Void("meta", [("name", "color-scheme"), ("content", "light dark")]);
        html.Void("meta", [("name", "generator"), ("content", "Triangulate")]);
        html.Element("title", title);
        html.Raw("<style>").Raw(ReportAssets.Css).Raw("</style>");
        html.Close("head");
    }

    /// <summary>The script (the page reads fully without it), then &lt;/body&gt;&lt;/html&gt;.</summary>
    public static void WriteEnd(HtmlWriter html)
    {
        html.Raw("<script>").Raw(ReportAssets.Script).Raw("</script>");
        html.Close("body");
        html.Raw("</html>\n");
    }
}
