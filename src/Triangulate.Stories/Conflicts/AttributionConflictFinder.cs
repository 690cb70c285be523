using Triangulate.Core.Dossier;
using Triangulate.Core.Text;
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
                if (occurrence.Kind == "indirect")
                {
                    continue; // two officials can report the same facts; only quoted words have one speaker
                }

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

            var distinct = DistinctPeople([.. sides.Values]);
            if (distinct.Count >= 2)
            {
                result.Add(new DossierConflict
                {
                    Kind = "attribution",
                    About = "who said \u201c" + Shorten(family.Text) + "\u201d",
                    Assessment = "contradiction",
                    Sides = [.. distinct.Select(Side)],
                });
            }
        }

        return result;
    }

    private static DossierConflictSide Side((DossierEntity Person, List<DossierQuoteOccurrence> Occurrences) side) =>
        new(side.Person.Name, null,
            [.. side.Occurrences.Select(o => o.ArticleId).Distinct(StringComparer.Ordinal)],
            [.. side.Occurrences.Select(o => new Evidence(o.ArticleId, o.Start, o.Length, o.Text))]);

    /// <summary>
    /// Sides whose people may be one person are merged: a name inside the other ("A. J. Smith", "Manager A. J. Smith") or
    /// the same first name with a surname one letter apart ("Ilene Wolfe", "Ilene Wolff"): a spelling, not a second speaker.
    /// </summary>
    private static List<(DossierEntity Person, List<DossierQuoteOccurrence> Occurrences)> DistinctPeople(List<(DossierEntity Person, List<DossierQuoteOccurrence> Occurrences)> sides)
    {
        var result = new List<(DossierEntity Person, List<DossierQuoteOccurrence> Occurrences)>();
        foreach (var side in sides.OrderByDescending(s => s.Occurrences.Count))
        {
            var same = result.FindIndex(r => MayBeOnePerson(r.Person.Name, side.Person.Name));
            if (same < 0)
            {
                result.Add((side.Person, [.. side.Occurrences]));
            }
            else
            {
                result[same].Occurrences.AddRange(side.Occurrences);
            }
        }

        return result;
    }

    /// <summary>True when two names may name one person (see <see cref="DistinctPeople"/>).</summary>
    public static bool MayBeOnePerson(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var x = Words(a);
        var y = Words(b);
        if (x.Length == 0 || y.Length == 0 || x.All(y.Contains) || y.All(x.Contains))
        {
            return true;
        }

        return x.Length >= 2 && y.Length >= 2 && x[0] == y[0] && OneEditApart(x[^1], y[^1]);
    }

    private static string[] Words(string name) =>
        [.. name.Split([' ', '.', ',', '-'], StringSplitOptions.RemoveEmptyEntries).Select(TextFolding.Fold)];

    private static bool OneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var (i, j, edits) = (0, 0, 0);
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                (i, j) = (i + 1, j + 1);
                continue;
            }

            if (++edits > 1)
            {
                return false;
            }

            (i, j) = a.Length > b.Length ? (i + 1, j) : a.Length < b.Length ? (i, j + 1) : (i + 1, j + 1);
        }

        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }

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
