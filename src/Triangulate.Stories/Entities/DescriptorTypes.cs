using Triangulate.Core.Annotations;
using Triangulate.Core.Dossier;

namespace Triangulate.Stories.Entities;

/// <summary>
/// The type the outlets' own descriptions give an entity: "Tren de Aragua, a Venezuelan gang" is an
/// organisation, "Air Force veteran Joe St. Clair" a person, "X, whom Washington considers illegitimate" a
/// person. A descriptor is the writer saying what the thing is, which beats a tagger's guess from the name.
/// </summary>
internal static class DescriptorTypes
{
    private static readonly HashSet<string> PersonNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "leader", "dictator", "strongman", "envoy", "minister", "secretary", "senator", "governor", "chancellor",
        "spokesman", "spokeswoman", "spokesperson", "chief", "ceo", "chairman", "chairwoman", "director",
        "ambassador", "diplomat", "commander", "king", "queen", "prince", "princess", "pope", "judge", "prosecutor", "lawyer",
        "attorney", "candidate", "lawmaker", "congressman", "congresswoman", "mayor", "founder", "analyst", "expert",
        "activist", "journalist", "reporter", "correspondent", "economist", "tycoon", "billionaire", "businessman",
        "businesswoman", "coach", "striker", "player", "manager", "owner", "boss", "cleric", "commentator", "host", "writer",
        "author", "veteran", "man", "woman", "boy", "girl", "father", "mother", "son", "daughter", "wife", "husband",
        "brother", "sister", "resident", "citizen", "officer", "soldier", "worker", "student", "teacher", "doctor", "nurse",
        "engineer", "witness", "victim", "survivor", "vendor", "councillor", "councilor", "fellow", "adviser", "advisor",
        "professor", "researcher", "scientist", "actor", "actress", "singer", "artist", "driver", "pilot", "captain",
    };

    private static readonly HashSet<string> OrganisationNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "gang", "cartel", "group", "company", "firm", "agency", "party", "militia", "organisation", "organization", "network",
        "newspaper", "broadcaster", "outlet", "channel", "tank", "union", "bank", "airline", "ministry", "department",
        "authority", "council", "committee", "commission", "institute", "university", "charity", "coalition", "alliance",
        "movement", "club", "team", "operator", "manufacturer", "maker", "retailer", "startup", "regulator", "insurer",
        "lender", "broadcasting", "daily", "tabloid", "magazine", "website", "conglomerate",
    };

    private static readonly HashSet<string> PlaceNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "city", "town", "village", "country", "nation", "state", "region", "province", "island", "capital", "port",
        "district", "county", "neighbourhood", "neighborhood", "suburb", "territory", "river", "lake", "bay", "peninsula",
    };

    // A relative clause or a prepositional tail ends the noun phrase whose head names the kind.
    private static readonly HashSet<string> PhraseEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "who", "whom", "whose", "in", "of", "with", "from", "based", "at", "on", "for", "to", "by", "and", "or",
    };

    // "Harry Reid of Nevada, the Senate majority leader": an appositive after a name that follows a
    // preposition usually describes the name before it.
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "of", "from", "in", "at", "for", "to", "by", "with", "on",
    };

    // Roles that companies and countries hold as well as people: "market leader Best Buy", "owner France Telecom".
    private static readonly HashSet<string> SharedRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "leader", "owner", "chief", "boss", "manager", "host", "player", "founder", "operator", "champion", "rival", "ally",
    };

    /// <summary>
    /// The type most descriptors point to, or null when they are silent or split. A place the tagger found
    /// is only made a person by a capitalised title right before it ("President Obama"): countries and
    /// states take "who" clauses and appositives meant for a neighbouring name ("Harry Reid of Nevada, the
    /// Senate majority leader").
    /// </summary>
    public static string? Vote(IEnumerable<(DossierDescriptor Descriptor, StoryMention Mention)> described, string voted)
    {
        int person = 0, organisation = 0, place = 0;
        foreach (var (d, m) in described)
        {
            var type = TypeOf(d, m);
            if (type == EntityTypes.Person && voted == EntityTypes.Location && !IsTitleBefore(d, m))
            {
                continue;
            }

            switch (type)
            {
                case EntityTypes.Person: person++; break;
                case EntityTypes.Organization: organisation++; break;
                case EntityTypes.Location: place++; break;
            }
        }

        var best = Math.Max(person, Math.Max(organisation, place));
        if (best == 0 || (person == best ? 1 : 0) + (organisation == best ? 1 : 0) + (place == best ? 1 : 0) > 1)
        {
            return null;
        }

        return person == best ? EntityTypes.Person : organisation == best ? EntityTypes.Organization : EntityTypes.Location;
    }

    /// <summary>
    /// What one descriptor of one mention says, trusting only the reliable positions: a premodifier right
    /// before the name names a person's role ("veteran Joe St. Clair"; "state Republicans" and "veteran
    /// Republican strategist" show that place and organisation words there are mere modifiers), and an
    /// appositive set off by a comma after the name counts unless the name follows a preposition.
    /// </summary>
    private static string? TypeOf(DossierDescriptor d, StoryMention m)
    {
        var text = m.Article.Text;
        var end = d.Start + d.Length;
        if (end <= m.Span.Start)
        {
            // "chief US economist": an acronym before a noun is a modifier, whatever precedes it.
            var adjacent = text.AsSpan(end, m.Span.Start - end).Trim().Length == 0 && !NameNormalizer.IsAcronym(m.Surface);
            return adjacent && !SharedRoles.Contains(LastWord(d.Text)) && TypeOf(d.Text) == EntityTypes.Person ? EntityTypes.Person : null;
        }

        var appositive = d.Start >= m.Span.End && text.AsSpan(m.Span.End, d.Start - m.Span.End).Contains(',');
        return appositive && !DescribesTheWordBefore(text, m.Span.Start, d.Text) ? TypeOf(d.Text) : null;
    }

    /// <summary>
    /// After "X of Name," the clause may describe X instead: a "who" clause always can ("the owners of Rover,
    /// who have been accused"), a noun phrase when X is itself a name ("Harry Reid of Nevada, the Senate
    /// majority leader") but not when X is a common noun ("bosses of Tren de Aragua, a Venezuelan gang").
    /// </summary>
    private static bool DescribesTheWordBefore(string text, int start, string descriptor)
    {
        var preposition = NameHeads.WordBefore(text, start);
        if (!Prepositions.Contains(preposition))
        {
            return false;
        }

        if (descriptor.StartsWith("who", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var prepositionStart = start - 1 - preposition.Length;
        var word = NameHeads.WordBefore(text, prepositionStart);
        return word.Length > 0 && char.IsUpper(text[prepositionStart - 1 - word.Length]);
    }

    private static bool IsTitleBefore(DossierDescriptor d, StoryMention m) =>
        d.Start + d.Length <= m.Span.Start && char.IsUpper(LastWord(d.Text)[0]) && NameNormalizer.IsTitle(LastWord(d.Text));

    private static string LastWord(string text)
    {
        var trimmed = text.TrimEnd();
        var space = trimmed.LastIndexOf(' ');
        return trimmed.Length == 0 ? " " : trimmed[(space + 1)..];
    }

    /// <summary>The type one descriptor's head noun (or its opening "who"/"whom") implies, or null.</summary>
    private static string? TypeOf(string descriptor)
    {
        var words = descriptor.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        if (words[0].Equals("who", StringComparison.OrdinalIgnoreCase) || words[0].Equals("whom", StringComparison.OrdinalIgnoreCase))
        {
            return EntityTypes.Person;
        }

        var end = 0;
        while (end < words.Length && (end == 0 || !PhraseEnds.Contains(words[end])))
        {
            end++;
        }

        var head = words[end - 1].TrimEnd('.', ';', ':', '\'', '"', '\u2019', '\u201d');
        if (PersonNouns.Contains(head))
        {
            return EntityTypes.Person;
        }

        // A capitalised kind word is the tail of a title ("Secretary of State Marco Rubio"), not the kind.
        return char.IsUpper(head[0]) ? null
            : OrganisationNouns.Contains(head) ? EntityTypes.Organization
            : PlaceNouns.Contains(head) ? EntityTypes.Location
            : null;
    }
}
