using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Html.StorySections;

/// <summary>Quote families: who said it, the fullest version, where it appears and how versions differ.</summary>
public sealed class QuotesStorySection : ListStorySection<DossierQuoteFamily>
{
    public override int Order => 50;

    public override string Title => "Quotes";

    protected override string ListClass => "quotes";

    protected override IReadOnlyList<DossierQuoteFamily>? Items(DossierStory story) => story.Quotes;

    protected override void RenderItem(ReportContext context, DossierStory story, DossierQuoteFamily item, HtmlWriter html)
    {
        html.Open("p").Element("strong", item.Speaker ?? "Unknown speaker").Text(": ").Quote(item.Text).Close("p");
        html.Open("ul", "evidence");
        foreach (var o in item.Occurrences)
        {
            html.Open("li").Element("span", o.Kind, "badge").Text(" ");
            EvidenceHtml.WriteCitation(context, html, o.ArticleId, o.Start, o.Length, o.Text);
            html.Close("li");
        }

        html.Close("ul");
        foreach (var v in item.Variants)
        {
            html.Open("p", "muted").Element("span", v.Change, "badge").Text(" in ");
            EvidenceHtml.WriteArticleRefs(context, html, v.ArticleIds);
            html.Close("p");
        }
    }
}
