using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Html.StorySections;

/// <summary>
/// How each outlet describes each actor, side by side: one row per actor, one column per outlet, each cell
/// the outlet's descriptors with their citations ("—" when the outlet names the actor without one), so a
/// reader sees "authoritarian" beside "illegitimate" beside a plain "President" at a glance.
/// </summary>
public sealed class FramingStorySection : IStorySection
{
    public int Order => 90;

    public string Title => "Framing";

    public bool HasContent(DossierStory story) => story?.Framing is not null;

    public void Render(ReportContext context, DossierStory story, HtmlWriter html)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(html);
        var framing = story.Framing;
        if (!StoryLists.HasItems(framing, html))
        {
            return;
        }

        var outlets = framing.Select(f => f.Outlet).Distinct(StringComparer.Ordinal).ToList();
        html.Open("table", "framing").Open("thead").Open("tr").Element("th", "Actor");
        foreach (var outlet in outlets)
        {
            html.Element("th", outlet);
        }

        html.Close("tr").Close("thead").Open("tbody");
        foreach (var row in framing.GroupBy(f => f.EntityId, StringComparer.Ordinal))
        {
            var entity = story.Entities?.FirstOrDefault(e => e.Id == row.Key);
            html.Open("tr").Element("th", entity?.Name ?? row.Key);
            foreach (var outlet in outlets)
            {
                html.Open("td");
                var cell = row.FirstOrDefault(f => f.Outlet == outlet);
                if (cell is not null)
                {
                    html.Element("p", cell.Descriptors.Count == 0 ? "—" : string.Join("; ", cell.Descriptors));
                    EvidenceHtml.WriteList(context, html, cell.Evidence);
                }

                html.Close("td");
            }

            html.Close("tr");
        }

        html.Close("tbody").Close("table");
    }
}
