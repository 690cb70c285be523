using Triangulate.Core.Annotations;
using Triangulate.Core.Model;

namespace Triangulate.Stories.Entities;

/// <summary>
/// Where a name stands when it names an organisation though it looks like a place or a person:
/// <list type="bullet">
/// <item>a <b>seat</b> that speaks for an institution (metonymy): "the White House said", "a Kremlin spokesman",
/// "Downing Street denied", "the Élysée has confirmed". A building or street cannot say or deny anything, so a
/// place-like name followed by a verb of saying, or put before an office-holder, names the institution it houses;
/// a country or city used the same way ("Washington said") keeps its place type, as CoNLL annotates it, so the name
/// must read like a site: written with "the" (and not a plural or a "United States"-like polity), or headed by a
/// street-like word;</item>
/// <item>an <b>outlet</b> that reports: "told Semafor", "according to Bloomberg", "quoted by Axios", "Semafor
/// detailed that". Only a one-word name that is no person's surname in the story is taken.</item>
/// </list>
/// </summary>
internal static class InstitutionFrames
{
    private static readonly HashSet<string> SayingVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "told", "tells", "announced", "announces", "denied", "denies", "confirmed", "confirms",
        "warned", "warns", "stated", "states", "insisted", "insists", "rejected", "rejects", "responded", "responds",
        "declined", "declines", "refused", "refuses", "added", "argued", "argues", "claimed", "claims", "accused",
        "accuses", "urged", "urges", "called", "calls", "wants", "wanted", "signaled", "signalled", "indicated",
        "indicates", "acknowledged", "acknowledges", "dismissed", "dismisses", "condemned", "condemns", "welcomed",
        "welcomes", "ordered", "orders", "issued", "issues", "released", "criticized", "criticised", "criticizes",
        "criticises", "threatened", "threatens", "vowed", "vows", "maintained", "maintains", "asserted", "noted",
        "countered", "replied", "reiterated", "stressed", "emphasized", "emphasised", "suggested", "blamed",
        "defended", "approved", "opposed", "objected", "sought", "seeks", "asked", "asks", "demanded", "demands",
        "did", "declared", "declares", "pushed", "pushes", "believes", "believed", "considers", "considered",
    };

    /// <summary>Words that may stand between a name and its verb: "the Kremlin has denied", "the White House also said".</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "has", "had", "have", "is", "was", "will", "would", "could", "may", "might", "also", "then", "later", "again",
        "quickly", "previously", "earlier", "repeatedly", "publicly", "not",
    };

    /// <summary>Office-holders and outputs an institution has: "a White House official", "Kremlin spokesman".</summary>
    private static readonly HashSet<string> RoleNouns = new(StringComparer.Ordinal)
    {
        "official", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "press", "aide", "aides",
        "adviser", "advisers", "advisor", "advisors", "envoy", "staffer", "staffers", "counsel", "insider", "insiders",
        "statement", "briefing", "readout", "communications", "chief",
    };

    /// <summary>Last words of polities and regions that take "the": "the United States", "the Netherlands".</summary>
    private static readonly HashSet<string> PolityHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "states", "kingdom", "republic", "emirates", "islands", "isles", "union", "federation", "nations", "territories",
        "east", "west", "north", "south", "coast", "sea", "ocean", "gulf", "bay", "river", "valley", "strait", "peninsula",
        "region", "caribbean", "mediterranean", "arctic", "antarctic", "pacific", "atlantic",
    };

    /// <summary>Heads of sites that stand for an institution without "the": "Downing Street", "Capitol Hill", "Foggy Bottom".</summary>
    private static readonly HashSet<string> SiteHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "street", "hill", "bottom", "square", "road", "avenue", "row", "lane",
    };

    /// <summary>Words before a name that put it where places are: "in the Caribbean", "across Venezuela".</summary>
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal)
    {
        "in", "into", "across", "throughout", "around", "near", "off", "inside", "outside",
    };

    /// <summary>The cluster's place-like name speaks for an institution more often than it locates anything.</summary>
    public static bool IsSeat(IReadOnlyList<StoryMention> cluster)
    {
        if (HasTitle(cluster))
        {
            return false;
        }

        var words = cluster.MaxBy(m => m.Words.Length)!.Surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!ReadsLikeSite(cluster, words))
        {
            return false;
        }

        int agent = 0, placed = 0;
        foreach (var m in cluster)
        {
            var text = m.Article.Text;
            agent += IsAgent(text, m.Span) ? 1 : 0;
            placed += PlacePrepositions.Contains(NameHeads.WordBefore(text, ArticleStart(text, m.Span))) ? 1 : 0;
        }

        return agent > placed;
    }

    /// <summary>A one-word name some mention of which stands where outlets stand.</summary>
    public static bool IsOutlet(IReadOnlyList<StoryMention> cluster, string voted) =>
        voted != EntityTypes.Misc && cluster.All(m => m.Words.Length == 1) && !HasTitle(cluster) && cluster.Any(m => OutletFrames.IsOutletFrame(m.Article.Text, m.Span));

    private static bool ReadsLikeSite(IReadOnlyList<StoryMention> cluster, string[] words)
    {
        var head = words[^1];
        if (SiteHeads.Contains(head) && words.Length > 1)
        {
            return true;
        }

        var polity = PolityHeads.Contains(head) || head.EndsWith('s') || words.Any(w => w.Contains('.') || (w.Length > 1 && w.All(char.IsUpper)));
        return !polity && cluster.Any(m => NameHeads.WordBefore(m.Article.Text, m.Span.Start) == "the" && !Attributive(m.Article.Text, m.Span.End));
    }

    /// <summary>"the Obama administration": the name modifies a noun after it, so the "the" is the noun's.</summary>
    private static bool Attributive(string text, int end) =>
        OutletFrames.ModifiesNextWord(text, end) && !SayingVerbs.Contains(OutletFrames.WordAfter(text, end).Word)
        && !Auxiliaries.Contains(OutletFrames.WordAfter(text, end).Word);

    /// <summary>Some mention has a title before it ("President Obama"): a person, whatever the tagger said.</summary>
    public static bool HasTitle(IReadOnlyList<StoryMention> cluster) =>
        cluster.Any(m => NameNormalizer.IsTitle(NameHeads.WordBefore(m.Article.Text, m.Span.Start)));

    /// <summary>A verb of saying follows the name (one auxiliary may come between), or an office-holder does.</summary>
    private static bool IsAgent(string text, TextSpan span)
    {
        var end = span.End;
        if (end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] == 's')
        {
            end += 2;
        }

        var (word, at) = OutletFrames.WordAfter(text, end);
        if (RoleNouns.Contains(word))
        {
            return true;
        }

        if (end != span.End)
        {
            // "the Kremlin's said" is no English; after a possessive only an office-holder counts.
            return false;
        }

        for (var skipped = 0; skipped < 2 && Auxiliaries.Contains(word); skipped++)
        {
            (word, at) = OutletFrames.WordAfter(text, at);
        }

        return SayingVerbs.Contains(word);
    }

    /// <summary>The start of the mention with a "the" before it, so the preposition before "the" is found.</summary>
    private static int ArticleStart(string text, TextSpan span) =>
        NameHeads.WordBefore(text, span.Start) == "the" ? span.Start - 4 : span.Start;
}
