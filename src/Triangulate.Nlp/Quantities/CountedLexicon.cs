using System.Collections.Frozen;
using Triangulate.Core.Annotations;

namespace Triangulate.Nlp.Quantities;

/// <summary>
/// The words that say what a count counts (docs/figures.md): predicates ("were killed", "injuring"), counted nouns
/// ("deaths", "arrests"), nouns for people, and nouns that narrow a count to a sub-group ("children").
/// </summary>
internal static class CountedLexicon
{
    /// <summary>Participles, adjectives and verbs whose subject or object is what is counted.</summary>
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Predicates = Map(
        (CountedKeys.Deaths, ["killed", "kill", "kills", "killing", "dead", "died", "die", "dies", "dying", "slain", "murdered", "perished",
            "drowned", "fatally", "mortally", "deceased", "massacred", "executed"]),
        (CountedKeys.Injured, ["injured", "injuring", "injures", "injure", "wounded", "wounding", "hurt", "hospitalized",
            "hospitalised", "maimed", "critically", "seriously"]),
        (CountedKeys.Casualties, ["shot", "shooting", "shoots"]),
        (CountedKeys.Missing, ["missing", "unaccounted"]),
        (CountedKeys.Aboard, ["aboard", "onboard", "carrying"]),
        (CountedKeys.Rescued, ["rescued", "rescuing", "saved", "plucked"]),
        (CountedKeys.Displaced, ["displaced", "displacing", "homeless", "housed", "sheltered"]),
        (CountedKeys.Evacuated, ["evacuated", "evacuating"]),
        (CountedKeys.Arrested, ["arrested", "arresting", "detained", "detaining", "apprehended", "apprehending", "nabbed", "jailed", "captured", "capturing"]),
        (CountedKeys.Charged, ["charged", "indicted", "charging"]),
        (CountedKeys.Released, ["released", "freed", "releasing", "freeing"]),
        (CountedKeys.Affected, ["affected"]));

    /// <summary>Head nouns that name what is counted themselves ("12 deaths", "five arrests", "two dead").</summary>
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CountedNouns = Map(
        (CountedKeys.Deaths, ["deaths", "death", "fatalities", "fatality", "dead", "lives", "bodies", "killed"]),
        (CountedKeys.Injured, ["injuries", "injured", "wounded", "hurt"]),
        (CountedKeys.Casualties, ["casualties", "casualty"]),
        (CountedKeys.Missing, ["missing"]),
        (CountedKeys.Rescued, ["survivors", "survivor"]),
        (CountedKeys.Evacuated, ["evacuees"]),
        (CountedKeys.Arrested, ["arrests"]),
        (CountedKeys.Displaced, ["homeless"]),
        // Shops and stores are the buildings that riots, fires and storms damage besides homes ("565 shops").
        (CountedKeys.Buildings, ["homes", "houses", "buildings", "structures", "dwellings", "apartments", "shops", "stores"]),
        (CountedKeys.Votes, ["votes", "seats", "ballots"]),
        (CountedKeys.Magnitude, ["magnitude"]));

    /// <summary>Event nouns before "of": "the release of seven", "the deaths of three".</summary>
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> EventNouns = Map(
        (CountedKeys.Deaths, ["deaths", "death", "killing", "killings", "murder", "murders"]),
        (CountedKeys.Casualties, ["shooting", "shootings"]),
        (CountedKeys.Released, ["release", "return"]),
        // A police "bust" or "roundup" of N people is their arrest.
        (CountedKeys.Arrested, ["arrest", "arrests", "detention", "bust", "roundup", "round-up"]),
        (CountedKeys.Evacuated, ["evacuation"]),
        (CountedKeys.Rescued, ["rescue"]),
        (CountedKeys.Displaced, ["displacement"]));

    /// <summary>Plural or collective nouns for people.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> People = Set(
        "people", "persons", "men", "women", "children", "kids", "boys", "girls", "teens", "teenagers", "youths", "juveniles", "minors",
        "adults", "victims", "residents", "civilians", "officers", "soldiers", "troops", "passengers", "crew", "members", "others",
        "students", "workers", "tourists", "foreigners", "migrants", "refugees", "pilgrims", "miners", "fans", "protesters", "worshippers",
        "villagers", "citizens", "nationals", "police", "personnel", "firefighters", "suspects", "inmates", "prisoners", "detainees",
        "hostages", "babies", "infants", "toddlers", "relatives", "bystanders", "motorists", "pedestrians", "customers", "patrons",
        "employees", "staff", "guests", "individuals", "males", "females", "americans", "family", "survivors", "patients", "journalists",
        "militants", "fighters", "rebels", "gunmen", "attackers", "sailors", "seamen", "fishermen", "climbers", "hikers", "swimmers",
        "shoppers", "spectators", "agents", "deputies", "troopers", "guards", "staffers", "volunteers", "rescuers", "voters",
        // More people nouns of news counts: offenders, followers, family and group members.
        "pirates", "robbers", "thieves", "burglars", "looters", "rioters", "demonstrators", "marchers", "activists", "commandos",
        "marines", "witnesses", "seniors", "retirees", "pensioners", "elderly", "followers", "supporters", "friends", "companions",
        "colleagues", "coworkers", "co-workers", "sons", "daughters", "grandchildren", "grandkids", "siblings", "brothers", "sisters",
        "wives", "husbands", "parents", "managers", "executives", "communists", "brigands", "kidnappers", "smugglers", "insurgents", "extremists", "gang",
        // Roles that elections, inquiries and trials count.
        "observers", "monitors", "inspectors", "experts", "candidates", "delegates", "lawmakers", "legislators", "jurors");

    /// <summary>Singular nouns for one person: the head of "a man was killed" (= 1).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Person = Set(
        "man", "woman", "boy", "girl", "teen", "teenager", "child", "kid", "person", "victim", "resident", "driver", "passenger", "officer",
        "deputy", "trooper", "student", "toddler", "infant", "baby", "suspect", "gunman", "shooter", "father", "mother", "son", "daughter",
        "brother", "sister", "husband", "wife", "boyfriend", "girlfriend", "friend", "neighbor", "neighbour", "customer", "clerk",
        "employee", "worker", "pedestrian", "motorist", "bystander", "juvenile", "youth", "male", "female", "individual", "adult",
        "cousin", "uncle", "aunt", "grandmother", "grandfather", "nephew", "niece", "hunter", "guard", "homeowner", "tenant", "soldier",
        "civilian", "tourist", "pilot", "teacher", "owner", "patron", "rider", "cyclist", "motorcyclist", "roommate", "stepfather",
        "grandson", "granddaughter", "relative", "journalist", "firefighter", "policeman", "patient", "inmate", "prisoner", "hostage");

    /// <summary>Nouns that narrow a count to a sub-group when the clause makes them part of it ("including five children").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SubGroups = Set(
        "children", "kids", "women", "men", "foreigners", "tourists", "students", "soldiers", "officers", "civilians", "passengers",
        "crew", "teenagers", "teens", "minors", "juveniles", "nationals", "girls", "boys", "babies", "infants", "police", "firefighters",
        "journalists", "migrants", "pilgrims", "workers", "americans", "foreign");

    /// <summary>Auxiliaries and adverbs between a subject and its predicate ("were reportedly all killed").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = Set(
        "were", "was", "have", "has", "had", "been", "being", "are", "is", "be", "remain", "remained", "remains", "reportedly", "also",
        "all", "both", "now", "already", "still", "allegedly", "later", "each", "initially", "officially", "confirmed", "believed",
        "thought", "feared", "presumed", "reported", "said", "got", "get", "left", "found", "lay", "lie", "subsequently", "pronounced",
        "eventually", "then", "since", "apparently", "likely", "will", "would", "could", "may", "might", "to", "who", "that", "which",
        // Raising verbs before the predicate: "almost 200 people seem certain to have perished".
        "seem", "seems", "seemed", "appear", "appears", "appeared", "certain", "sure");

    /// <summary>Words between a number and its head noun that do not end the noun phrase ("three young US citizens").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = Set("a", "an", "one", "another", "his", "her", "their");

    public static string? PredicateKey(ReadOnlySpan<char> word) => Predicates.TryGetValue(word, out var key) ? key : null;

    private static FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Map(params (string Key, string[] Words)[] groups)
    {
        var d = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, words) in groups)
        {
            foreach (var word in words)
            {
                d.TryAdd(word, key);
            }
        }

        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
