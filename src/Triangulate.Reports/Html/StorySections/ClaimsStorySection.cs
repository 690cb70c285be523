using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Html.StorySections;

/// <summary>
/// Claims with their status and the counting rule: independent sources (lineages), then articles. Grouped by
/// status, each group a &lt;details&gt;: what several sources confirm first, then what they disagree on, then
/// single-source claims. Groups of up to <see cref="OpenUpTo"/> corroborated or conflicting claims start open;
/// single-source claims start closed, since they are most of a big story's claims and the least telling.
/// </summary>
public sealed class ClaimsStorySection : IStorySection
{
    public const int OpenUpTo = 25;

    /// <summary>At most this many claims per status group are written, then a line says how many more there are (null: all).</summary>
    public int? MaxPerGroup { get; init; }

    public int Order => 30;

    public string Title => "Claims";

    public bool HasContent(DossierStory story) => story?.Claims is not null;

    public void Render(ReportContext context, DossierStory story, HtmlWriter html)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(html);
        if (!StoryLists.HasItems(story.Claims, html))
        {
            return;
        }

        foreach (var group in story.Claims.GroupBy(c => c.Status, StringComparer.Ordinal).OrderBy(g => StatusRank(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var claims = group.OrderByDescending(c => c.IndependentSources).ToList();
            var open = group.Key != "unique" && claims.Count <= OpenUpTo;
            html.Open("details", [("class", "claim-group"), ("open", open ? "" : null)]);
            html.Open("summary").Element("span", group.Key, "badge status status-" + group.Key).Text(" ").Text(ReportFormat.Plural(claims.Count, "claim")).Close("summary");
            var shown = MaxPerGroup is { } max ? Math.Min(max, claims.Count) : claims.Count;
            html.Open("ol", "claims");
            for (var i = 0; i < shown; i++)
            {
                html.Open("li");
                RenderClaim(context, claims[i], html);
                html.Close("li");
            }

            html.Close("ol");
            if (shown < claims.Count)
            {
                html.Element("p", ReportFormat.ShowingOf(shown, claims.Count), "muted");
            }

            html.Close("details");
        }
    }

    private static int StatusRank(string status) => status switch
    {
        "corroborated" => 0,
        "conflicting" => 1,
        "unique" => 3,
        _ => 2,
    };

    private static void RenderClaim(ReportContext context, DossierClaim item, HtmlWriter html)
    {
        html.Element("p", item.Text);
        html.Open("p", "muted").Text(ReportFormat.SourceCount(item.IndependentSources, item.ArticleIds.Count)).Text(": ");
        EvidenceHtml.WriteArticleRefs(context, html, item.ArticleIds);
        html.Close("p");
        EvidenceHtml.WriteList(context, html, item.Evidence);
    }
}
