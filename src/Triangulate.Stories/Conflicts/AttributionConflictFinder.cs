using Triangulate.Core.Dossier;
using Triangulate.Stories.Claims;

namespace Triangulate.Stories.Conflicts;

/// <summary>
/// Turns quote families with a misattributed variant (the same words put in another speaker's mouth) into
/// attribution conflicts: one side per speaker, with the articles and the quotation as evidence. Speakers
/// must resolve to different people of the story: a pronoun or a description the quote stage could not
/// resolve ("he", "Americans") is no evidence that two outlets name different speakers.
/// </summary>
public sealed class AttributionConflictFinder
{
    public List<DossierConflict> Find(DossierStory story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var people = PeopleByKey(story);
        var result = new List<DossierConflict>();
        foreach (var family in story.Quotes ?? [])
        {
            var misattributed = family.Variants.Where(v => v.Change == "misattributed").SelectMany(v => v.ArticleIds).ToHashSet(StringComparer.Ordinal);
            if (misattributed.Count == 0)
            {
                continue;
            }

            var sides = new Dictionary<string, (DossierEntity Person, List<DossierQuoteOccurrence> Occurrences)>(StringComparer.Ordinal);
            foreach (var occurrence in family.Occurrences)
            {
                var speaker = misattributed.Contains(occurrence.ArticleId) ? occurrence.SpeakerText : family.Speaker ?? occurrence.SpeakerText;
                if (speaker is not null && people.TryGetValue(ClaimExtractor.NameKey(speaker), out var person))
                {
                    if (!sides.TryGetValue(person.Id, out var side))
                    {
                        side = (person, []);
                        sides[person.Id] = side;
                    }

                    side.Occurrences.Add(occurrence);
                }
            }

            if (sides.Count >= 2)
            {
                result.Add(new DossierConflict
                {
                    Kind = "attribution",
                    About = "who said \u201c" + Shorten(family.Text) + "\u201d",
                    Assessment = "contradiction",
                    Sides = [.. sides.Values.Select(Side)],
                });
            }
        }

        return result;
    }

    private static DossierConflictSide Side((DossierEntity Person, List<DossierQuoteOccurrence> Occurrences) side) =>
        new(side.Person.Name, null,
            [.. side.Occurrences.Select(o => o.ArticleId).Distinct(StringComparer.Ordinal)],
            [.. side.Occurrences.Select(o => new Evidence(o.ArticleId, o.Start, o.Length, o.Text))]);

    /// <summary>Surname key → the most-mentioned person with that surname (the mayor, not his namesake critic).</summary>
    private static Dictionary<string, DossierEntity> PeopleByKey(DossierStory story)
    {
        var result = new Dictionary<string, DossierEntity>(StringComparer.Ordinal);
        foreach (var entity in (story.Entities ?? []).Where(e => e.Type == "PERSON").OrderByDescending(e => e.Mentions.Count))
        {
            foreach (var name in entity.Aliases.Append(entity.Name))
            {
                result.TryAdd(ClaimExtractor.NameKey(name), entity);
            }
        }

        return result;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "…";
}
