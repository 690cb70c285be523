using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Html.StorySections;

/// <summary>Actors of the story with aliases, mention counts and descriptors.</summary>
public sealed class EntitiesStorySection : ListStorySection<DossierEntity>
{
    public override int Order => 70;

    public override string Title => "Entities";

    protected override string ListClass => "entities";

    protected override IReadOnlyList<DossierEntity>? Items(DossierStory story) => story.Entities;

    protected override void RenderItem(ReportContext context, DossierStory story, DossierEntity item, HtmlWriter html)
    {
        html.Open("p").Element("strong", item.Name).Text(" ").Element("span", item.Type, "badge");
        if (item.Aliases.Count > 0)
        {
            html.Text(" also ").Text(string.Join(", ", item.Aliases));
        }

        html.Text(" · ").Text(ReportFormat.Plural(item.Mentions.Count, "mention"));
        if (item.Credits.Count > 0)
        {
            // Credit lines were removed from the text, so they are quoted, not linked to offsets.
            var articles = item.Credits.Select(c => c.ArticleId).Distinct(StringComparer.Ordinal).Count();
            html.Text(" · credited as a source in ").Text(ReportFormat.Plural(articles, "article"))
                .Text(": ").Quote(item.Credits[0].Text);
        }

        html.Close("p");
        if (item.Descriptors.Count > 0)
        {
            html.Open("ul", "evidence");
            foreach (var d in item.Descriptors)
            {
                html.Open("li");
                EvidenceHtml.WriteCitation(context, html, d.ArticleId, d.Start, d.Length, d.Text);
                html.Close("li");
            }

            html.Close("ul");
        }
    }
}
