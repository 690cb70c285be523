using System.Text.RegularExpressions;
using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Html.Sections;

/// <summary>
/// Each article: metadata (outlet, title — marked when derived —, byline, published, language, URL as plain
/// text, the outlets it relays), the cleaned text with cited spans highlighted, and the removed boilerplate behind &lt;details&gt;.
/// </summary>
public sealed class ArticlesSection : IReportSection
{
    private static readonly Regex LanguagePattern = new("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public int Order => 50;

    public string Id => "articles";

    public string Title => "Articles";

    public bool HasContent(ReportContext context) => context.Dossier.Articles.Count > 0;

    public void Render(ReportContext context, HtmlWriter html)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(html);
        var articles = context.Dossier.Articles;
        for (var i = 0; i < articles.Count; i++)
        {
            RenderArticle(context, html, articles[i], i);
        }
    }

    /// <summary>One article as an &lt;article id="art-N"&gt;; <paramref name="index"/> is its position in the dossier.</summary>
    public static void RenderArticle(ReportContext context, HtmlWriter html, DossierArticle article, int index)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(article);
        html.Open("article", "article", ReportContext.ArticleAnchor(index));
        html.Open("h3");
        html.Text(string.IsNullOrWhiteSpace(article.Title) ? "(untitled)" : article.Title);
        if (article.TitleDerived)
        {
            html.Text(" ").Open("span", [("class", "badge derived"), ("title", "title derived from the text, not given by the source")])
                .Text("derived title").Close("span");
        }

        html.Close("h3");
        RenderMetadata(html, article);
        RenderText(context, html, article);
        RenderRemoved(html, article);
        html.Close("article");
    }

    private static void RenderMetadata(HtmlWriter html, DossierArticle a)
    {
        html.Open("dl", "meta");
        Field(html, "Outlet", a.Outlet);
        Field(html, "Byline", a.Byline);
        html.Open("div").Element("dt", "Published").Open("dd").Time(a.Published).Close("dd").Close("div");
        Field(html, "Language", a.Language);
        if (a.Dateline is not null)
        {
            Field(html, "Dateline", a.Dateline);
        }

        if (a.CreditedSources is { Count: > 0 } credited)
        {
            Field(html, "Credits", string.Join(", ", credited));
        }

        if (a.LineageId is not null)
        {
            Field(html, "Lineage", a.LineageId);
        }

        if (a.Relays is { Count: > 0 } relays)
        {
            // Who the article reports from ("The New York Times (reported, told)"): what it relays is that outlet's word.
            Field(html, "Relays", string.Join(", ", relays.GroupBy(r => r.Outlet, StringComparer.Ordinal)
                .Select(g => $"{g.Key} ({string.Join(", ", g.Select(r => r.Kind).Distinct(StringComparer.Ordinal))})")));
        }

        // The URL is shown as text, never as a link: the report must not make or invite requests by itself.
        html.Open("div").Element("dt", "URL").Open("dd").Element("span", a.Url ?? "unknown", a.Url is null ? "muted" : "url").Close("dd").Close("div");
        html.Open("div").Element("dt", "Input").Open("dd").Element("code", a.Input).Close("dd").Close("div");
        html.Open("div").Element("dt", "Id").Open("dd").Element("code", a.Id).Close("dd").Close("div");
        html.Close("dl");
    }

    private static void Field(HtmlWriter html, string label, string? value)
    {
        html.Open("div").Element("dt", label);
        if (string.IsNullOrWhiteSpace(value))
        {
            html.Open("dd").Element("span", "unknown", "muted").Close("dd");
        }
        else
        {
            html.Element("dd", value);
        }

        html.Close("div");
    }

    /// <summary>The text, with each highlight mark wrapped in &lt;mark id&gt; so citations can jump to it.</summary>
    private static void RenderText(ReportContext context, HtmlWriter html, DossierArticle article)
    {
        var text = article.Text.AsSpan();
        // The article's language helps screen readers and hyphenation; only a well-formed tag is passed on.
        html.Open("div", [("class", "text"), ("lang", LanguageTag(article.Language))]);
        var at = 0;
        foreach (var mark in context.MarksOf(article.Id))
        {
            html.Text(text[at..mark.Start]);
            html.Open("mark", id: mark.Id).Text(text[mark.Start..mark.End]).Close("mark");
            at = mark.End;
        }

        html.Text(text[at..]);
        html.Close("div");
    }

    private static string? LanguageTag(string? language) =>
        language is { Length: >= 2 and <= 35 } && LanguagePattern.IsMatch(language) ? language : null;

    private static void RenderRemoved(HtmlWriter html, DossierArticle article)
    {
        if (article.Removed.Count == 0)
        {
            return;
        }

        html.Open("details", "removed");
        html.Element("summary", $"Removed while cleaning ({article.Removed.Count})");
        html.Open("ul");
        foreach (var r in article.Removed)
        {
            html.Open("li").Element("span", r.Kind, "badge").Text(" ").Element("span", r.Text, "removed-text").Close("li");
        }

        html.Close("ul").Close("details");
    }
}
