using Triangulate.Core.Annotations;
using Triangulate.Core.Model;

namespace Triangulate.Stories.Entities;

/// <summary>
/// What the head word of a name says about the thing named. English names places and institutions with a
/// generic head ("Mill Lane", "St Brigid's Hospital", "the Ferrán footbridge"), and that head is a surer
/// guide to the type than a tagger trained on 1990s newswire, which reads "Mill Lane" as a person and
/// stops a facility name before its lower-case head.
/// </summary>
internal static class NameHeads
{
    /// <summary>Capitalised last words that make a name an organisation ("Bank", "Union" and "Federation" do
    /// not: "West Bank", "Soviet Union", "Russian Federation").</summary>
    private static readonly HashSet<string> OrganisationHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "hospital", "infirmary", "clinic", "hospice", "university", "college", "school", "academy", "institute",
        "ministry", "department", "council", "authority", "agency", "commission", "committee", "bureau", "board",
        "company", "corporation", "corp", "inc", "ltd", "plc", "llc", "group", "party", "association",
        "foundation", "society", "museum", "aquarium", "zoo", "library", "police", "brigade",
    };

    /// <summary>Organisation heads of bodies that belong to a place: "Port Alcena Transit Authority".</summary>
    private static readonly HashSet<string> BodyOfPlaceHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "hospital", "infirmary", "university", "college", "ministry", "department", "authority", "agency", "police",
        "brigade", "museum", "aquarium", "zoo", "library",
    };

    /// <summary>Capitalised last words that make a name a place: streets, waters, landforms.</summary>
    private static readonly HashSet<string> PlaceHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "street", "road", "avenue", "lane", "boulevard", "quay", "square", "bridge", "river", "lake", "bay", "sea",
        "ocean", "gulf", "strait", "canal", "harbour", "harbor", "island", "islands", "mountain", "mountains", "valley",
        "peninsula", "coast", "desert", "forest", "county", "district", "province", "region", "airport", "station",
    };

    /// <summary>Lower-case heads that turn a preceding name into the name of a structure: "the Ferrán footbridge".</summary>
    private static readonly HashSet<string> StructureHeads = new(StringComparer.Ordinal)
    {
        "bridge", "footbridge", "viaduct", "tunnel", "dam", "reservoir", "stadium", "arena", "highway", "motorway",
        "expressway", "canal", "pier", "wharf",
    };

    /// <summary>
    /// Lower-case heads that name a facility only after a street or square ("the Calloway Street market"):
    /// after anything else they are economic talk ("the UK property market", "the Siemens plant").
    /// </summary>
    private static readonly HashSet<string> SiteHeads = new(StringComparer.Ordinal)
    {
        "market", "square", "station", "terminal", "park", "crossing", "quay", "embankment", "church", "school", "library",
    };

    /// <summary>Place heads that make a name an address, where a site can stand.</summary>
    private static readonly HashSet<string> AddressHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "street", "road", "avenue", "lane", "boulevard", "quay", "square", "place", "row", "way", "hill",
    };

    /// <summary>Heads of the institutions a possessive names: "St Brigid's Hospital", "King's College".</summary>
    private static readonly HashSet<string> PossessiveHeads = new(StringComparer.Ordinal)
    {
        "Hospital", "Infirmary", "Hospice", "College", "School", "Academy", "University", "Church", "Cathedral",
        "Chapel", "Abbey", "Priory", "Park", "Hall", "Square", "Island", "Bay",
    };

    /// <summary>Peoples and languages: "the Russian oil pipeline" names no pipeline called "Russian".</summary>
    private static readonly string[] DemonymEndings = ["ian", "ean", "ese", "ish", "can", "ani", "eli", "ench", "tch", "eek", "ai", "iss"];

    /// <summary>Demonyms no ending gives away ("Venezuelan" ends like "Ferrán" and "Milan").</summary>
    private static readonly HashSet<string> Demonyms = new(StringComparer.Ordinal)
    {
        "Venezuelan", "Cuban", "German", "Afghan", "Argentine", "Filipino", "Thai", "Swiss", "Czech", "Welsh", "Moroccan",
        "Mexican", "American", "African", "Dominican", "Sudanese", "Uzbek", "Kazakh", "Tajik", "Kyrgyz", "Turkmen", "Serb",
        "Croat", "Slovak", "Pole", "Dane", "Swede", "Finn", "Lao", "Bhutanese", "Omani",
    };

    /// <summary>Words that, right before a name, mark it as a place: "on Mill Lane", "at Harrow Quay", "the Sable River".</summary>
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal)
    {
        "the", "on", "at", "in", "along", "near", "off", "across", "over", "under", "into", "onto", "towards", "toward", "past",
    };

    public static bool IsBodyOfPlace(string head) => BodyOfPlaceHeads.Contains(head);

    public static bool IsOrganisationHead(string head) => OrganisationHeads.Contains(head);

    /// <summary>The type the name's last word implies, or null when it implies none.</summary>
    public static string? TypeOf(string[] words)
    {
        if (words.Length < 2)
        {
            return null;
        }

        var head = words[^1];
        return OrganisationHeads.Contains(head) ? EntityTypes.Organization : PlaceHeads.Contains(head) ? EntityTypes.Location : null;
    }

    /// <summary>
    /// The type a cluster gets from its head word, which wins over the tagger's vote, except that a person
    /// ("Diane Lane") is only retyped as a place when some mention stands where places stand ("on Mill Lane").
    /// </summary>
    public static string Decide(string voted, IReadOnlyList<StoryMention> cluster)
    {
        var longest = cluster.MaxBy(m => m.Words.Length)!;
        var byHead = TypeOf(longest.Words);
        if (byHead is null || byHead == voted)
        {
            return voted;
        }

        if (voted != EntityTypes.Person)
        {
            return byHead;
        }

        return byHead == EntityTypes.Location && cluster.Any(m => m.Words.Length > 1 && PlacePrepositions.Contains(WordBefore(m.Article.Text, m.Span.Start)))
            ? byHead
            : voted;
    }

    /// <summary>
    /// The span grown to take in a generic head the tagger left out: "St Brigid" + "'s Hospital", and
    /// "the Ferrán" + "footbridge" or "the Calloway Street" + "night market" (one lower-case modifier at most).
    /// <paramref name="modifier"/> receives that modifier's span so the comparison key can leave it out.
    /// </summary>
    public static TextSpan Extend(string text, TextSpan span, string type, out TextSpan modifier, out bool facility)
    {
        modifier = default;
        facility = false;
        var end = span.End;
        if (PossessiveHead(text, end) is > 0 and var possessiveEnd)
        {
            return new TextSpan(span.Start, possessiveEnd - span.Start);
        }

        if (type == EntityTypes.Person || !WordBefore(text, span.Start).Equals("the", StringComparison.Ordinal) || IsDemonym(text.AsSpan(span.Start, span.Length), type))
        {
            return span;
        }

        var (firstStart, firstEnd) = NextWord(text, end);
        if (firstEnd < 0)
        {
            return span;
        }

        var first = text[firstStart..firstEnd];
        var address = type == EntityTypes.Location && AddressHeads.Contains(LastWordOf(text, span));
        bool IsHead(string word) => StructureHeads.Contains(word) || (address && SiteHeads.Contains(word));
        if (IsHead(first))
        {
            facility = true;
            return new TextSpan(span.Start, firstEnd - span.Start);
        }

        var (secondStart, secondEnd) = NextWord(text, firstEnd);
        if (secondEnd > 0 && first.All(char.IsLower) && IsHead(text[secondStart..secondEnd]))
        {
            facility = true;
            modifier = new TextSpan(firstStart, firstEnd - firstStart);
            return new TextSpan(span.Start, secondEnd - span.Start);
        }

        return span;
    }

    private static string LastWordOf(string text, TextSpan span)
    {
        var space = text.LastIndexOf(' ', span.End - 1, span.Length);
        return text[(space < 0 ? span.Start : space + 1)..span.End];
    }

    /// <summary>The end of "'s Hospital" right after <paramref name="at"/>, or -1.</summary>
    private static int PossessiveHead(string text, int at)
    {
        var i = at;
        if (i + 2 < text.Length && text[i] is '\'' or '\u2019' && text[i + 1] == 's')
        {
            i += 2;
        }
        else if (!(i >= 2 && text[i - 1] == 's' && text[i - 2] is '\'' or '\u2019'))
        {
            return -1;
        }

        var (start, end) = NextWord(text, i);
        return end > 0 && PossessiveHeads.Contains(text[start..end]) ? end : -1;
    }

    /// <summary>The next word after <paramref name="at"/> when only one space separates them; (-1, -1) otherwise.</summary>
    private static (int Start, int End) NextWord(string text, int at)
    {
        if (at + 1 >= text.Length || text[at] != ' ' || !char.IsLetter(text[at + 1]))
        {
            return (-1, -1);
        }

        var end = at + 1;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '-'))
        {
            end++;
        }

        return (at + 1, end);
    }

    /// <summary>The lower-cased word that ends right before <paramref name="start"/> (one space between), or "".</summary>
    public static string WordBefore(string text, int start)
    {
        var end = start - 1;
        if (end < 1 || text[end] != ' ')
        {
            return string.Empty;
        }

        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        return text[begin..end].ToLowerInvariant();
    }

    private static bool IsDemonym(ReadOnlySpan<char> name, string type)
    {
        if (name.Contains(' '))
        {
            return false;
        }

        // "Iraqi", "Saudi", "Pakistani": a MISC word ending in -i is a people, a LOCATION one a city ("Dubai").
        if ((type == EntityTypes.Misc && name.EndsWith("i", StringComparison.Ordinal)) || Demonyms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
        {
            return true;
        }

        foreach (var ending in DemonymEndings)
        {
            if (name.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
