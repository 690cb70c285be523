using Triangulate.Core.Dossier;

namespace Triangulate.Stories.Conflicts;

/// <summary>
/// Turns quote families with a misattributed variant (the same words put in another speaker's mouth) into
/// attribution conflicts: one side per speaker, with the articles and the quotation as evidence.
/// </summary>
public sealed class AttributionConflictFinder
{
    public List<DossierConflict> Find(DossierStory story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var result = new List<DossierConflict>();
        foreach (var family in story.Quotes ?? [])
        {
            var misattributed = family.Variants.Where(v => v.Change == "misattributed").SelectMany(v => v.ArticleIds).ToHashSet(StringComparer.Ordinal);
            if (misattributed.Count == 0)
            {
                continue;
            }

            var sides = family.Occurrences
                .GroupBy(o => misattributed.Contains(o.ArticleId) ? o.SpeakerText ?? "unknown" : family.Speaker ?? o.SpeakerText ?? "unknown", StringComparer.Ordinal)
                .Select(g => new DossierConflictSide(
                    g.Key,
                    null,
                    [.. g.Select(o => o.ArticleId).Distinct(StringComparer.Ordinal)],
                    [.. g.Select(o => new Evidence(o.ArticleId, o.Start, o.Length, o.Text))]))
                .ToList();
            if (sides.Count >= 2)
            {
                result.Add(new DossierConflict
                {
                    Kind = "attribution",
                    About = "who said \u201c" + Shorten(family.Text) + "\u201d",
                    Assessment = "contradiction",
                    Sides = sides,
                });
            }
        }

        return result;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "…";
}
