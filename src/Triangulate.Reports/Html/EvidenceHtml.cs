using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Html;

/// <summary>Shared pieces for sections: evidence lists that link to highlighted spans, and article references.</summary>
public static class EvidenceHtml
{
    /// <summary>A list of quoted evidence, each linked to its highlighted span; nothing when empty.</summary>
    public static void WriteList(ReportContext context, HtmlWriter html, IReadOnlyList<Evidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(html);
        if (evidence is null || evidence.Count == 0)
        {
            return;
        }

        html.Open("ul", "evidence");
        foreach (var e in evidence)
        {
            html.Open("li");
            WriteCitation(context, html, e.ArticleId, e.Start, e.Length, e.Text);
            html.Close("li");
        }

        html.Close("ul");
    }

    /// <summary>"“text” — Outlet" with the outlet linked to the span.</summary>
    public static void WriteCitation(ReportContext context, HtmlWriter html, string articleId, int start, int length, string? text)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(html);
        if (!string.IsNullOrEmpty(text))
        {
            html.Quote(text).Text(" — ");
        }

        WriteArticleLink(context, html, articleId, context.CitationHref(articleId, start, length));
    }

    /// <summary>Comma-separated links to articles.</summary>
    public static void WriteArticleRefs(ReportContext context, HtmlWriter html, IReadOnlyList<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(html);
        html.Open("span", "refs");
        for (var i = 0; i < articleIds.Count; i++)
        {
            if (i > 0)
            {
                html.Text(", ");
            }

            WriteArticleLink(context, html, articleIds[i], context.ArticleHref(articleIds[i]));
        }

        html.Close("span");
    }

    private static void WriteArticleLink(ReportContext context, HtmlWriter html, string articleId, string? href)
    {
        var label = context.ArticleLabel(articleId);
        if (href is null)
        {
            html.Element("span", label, "missing");
        }
        else
        {
            html.Link(href, label, "cite");
        }
    }
}
