using System.Text.RegularExpressions;

namespace Triangulate.Stories.Relays;

/// <summary>
/// The phrasings of a relay. Each pattern captures a capitalised run (<c>name</c>) and the words that make it a
/// relay (<c>cue</c>); <see cref="RelayDetector"/> keeps only runs that name an outlet. Tuned on the BASIL dev
/// stories (labels/basil-relays.json).
/// </summary>
internal static partial class RelayPatterns
{
    // Source-generated: the patterns run over every window of every article, and the interpreter made the relays
    // stage a large part of a long text's corpus time.
    // Bounded word and name lengths keep the backtracking engine linear on all-caps tables, so no match timeout:
    // a wall-clock timeout makes the relays depend on the machine's load (RegexCostTests runs every pattern over
    // hostile windows). Not NonBacktracking: on .NET 10 it missed "Politico reported" at a paragraph start that
    // the backtracking engine finds.
    private const string Word = @"[A-Z][\w&'’.-]{0,30}";
    private const string Name = @"(?<name>(?:[Tt]he )?[""“]?" + Word + @"(?: (?:" + Word + @"|of)){0,6})";

    // A possessive name must not swallow its "'s": "CNN's Deirdre Walsh tweeted".
    private const string PossessiveName = @"(?<name>(?:[Tt]he )?[A-Z][\w&.-]{0,30}(?: [A-Z][\w&.-]{0,30}){0,4})['’]s?";
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string Adverbs = @"(?:(?:has|had|have|is|was|also|first|previously|earlier|later|originally|exclusively|further|now|then|initially|separately) ){0,2}";

    // "The New Haven Register on July 20, 2006, described him": a short time adverbial between name and verb.
    private const string When = @"(?:,? (?:on|in|last|this|earlier|late) [^,.;\n]{1,25},?)?";

    private const string ReportVerbs = "reporting|reported|reports|revealed|reveals|wrote|writes|learned|disclosed|discloses|published|said|says|noted|notes|confirmed|confirms|obtained|broke the news|quoted|quotes|cited|cites|described|characterized|found|finds|showed|shows|ran|tweeted";

    public static readonly IReadOnlyList<RelayPattern> All =
    [
        // Name first: "Politico reported", "the Times, which first reported", "a Guardian newspaper report".
        new(NameThenVerb(), NameFirst: true, Kind: null,
            ["report", "revea", "wrote", "write", "learned", "disclos", "publish", "said", "says", "note", "confirm", "obtained", "broke", "quot", "cite", "describ", "characteriz", "found", "finds", "show", "ran ", "tweeted"]),
        new(NameThenReportNoun(), NameFirst: true, Kind: null,
            ["report", "interview", "poll", "survey", "investigation", "analysis", "exclusive"]),
        new(PossessiveNameThenVerb(), NameFirst: true, Kind: null,
            ["'s ", "’s ", "' ", "’ "]),

        // The first of two outlets of a joint poll: "an NBC News/Wall Street Journal poll".
        new(JointPoll(), NameFirst: true, Kind: null,
            ["/"]),

        // Name after: "according to the Times", "per the Journal story", "told Axios", "first reported by Politico".
        new(AccordingTo(), NameFirst: false, Kind: null,
            ["ccording to", "er "]),
        new(ToldOutlet(), NameFirst: false, Kind: null,
            ["told ", "tell", "said to ", "speaking ", "spoke ", "talk", "interview", "confirmed to ", "comments to ", "statement to ", "email to ", "provided to ", "leaked to ", "given to "]),
        new(VerbByOutlet(), NameFirst: false, Kind: null,
            [" by ", " in ", " on ", " for "]),
        new(VerbOutlet(), NameFirst: false, Kind: null,
            ["report", "wrote", "write", "note"]),

        // Said on air: "said on CNN's State of the Union", "Asked on CNN whether…", "On Fox News' Hannity, she…".
        new(SaidOnAir(), NameFirst: false, Kind: RelayKinds.Told,
            [" on "]),
        new(OnShow(), NameFirst: false, Kind: RelayKinds.Told,
            ["n "]),

        // Said to a paper, the speaker after the verb: '"…," explained Speaker John Boehner to the Post.'
        new(SaidToOutlet(), NameFirst: false, Kind: RelayKinds.Told,
            [" to "]),
    ];

    /// <summary>"the newspaper said", "according to the paper", "told the newspaper": the outlet relayed last before it.</summary>
    public static readonly Regex Anaphor = AnaphorPattern();

    [GeneratedRegex(Name + When + ",? " + Adverbs + "(?<cue>" + ReportVerbs + @")\b", Options)]
    private static partial Regex NameThenVerb();

    [GeneratedRegex(Name + @"(?:['’]s?)?(?: newspaper| network| magazine)? (?<cue>report|reporting|interview|poll|survey|investigation|analysis|exclusive)\b", Options)]
    private static partial Regex NameThenReportNoun();

    [GeneratedRegex(PossessiveName + @" (?:[a-z]+ ){0,2}(?:[A-Z][\w.'’-]{0,30} ){1,3}(?<cue>reported|reports|tweeted|wrote|writes|noted|notes|said|says|observed|found)\b", Options)]
    private static partial Regex PossessiveNameThenVerb();

    [GeneratedRegex(@"(?<name>[A-Z][\w&.-]{1,20}(?: News)?) ?/ ?[A-Z][\w&.-]{1,20}(?: [A-Z][\w&.-]{1,20}){0,3} (?<cue>poll|survey)\b", Options)]
    private static partial Regex JointPoll();

    [GeneratedRegex(@"\b(?<cue>[Aa]ccording to|[Pp]er) (?:(?:a |an |the )(?:new |recent |earlier |previous |exclusive |separate )?(?:report|story|article|poll|survey|analysis|investigation|account|review|tally|count|interview) (?:by|from|in|of|with) |an? )?" + Name, Options)]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"\b(?<cue>told|tells|tell|telling|said to|speaking to|spoke to|speaking with|spoke with|talking to|talked to|interview with|interviewed by|confirmed to|in comments to|in a statement to|in an email to|provided to|leaked to|given to) (?:a |an )?" + Name, Options)]
    private static partial Regex ToldOutlet();

    [GeneratedRegex(@"\b(?<cue>reported|first reported|published|obtained|seen|viewed|reviewed|quoted|cited|broadcast|aired|conducted|commissioned|posted|wrote) (?:first )?(?:by|in|on|for) " + Name, Options)]
    private static partial Regex VerbByOutlet();

    [GeneratedRegex(@"\b(?<cue>reported|reports|wrote|writes|noted|notes) " + Name, Options)]
    private static partial Regex VerbOutlet();

    [GeneratedRegex(@"\b(?<cue>[Ss]aid|[Ss]ays|[Ss]aying|[Ss]peaking|[Ss]poke|[Aa]ppearing|[Aa]ppeared|[Aa]ppearance|[Ii]nterview|[Ii]nterviews|[Aa]sked|[Rr]emarks|[Cc]omments|[Aa]nnouncing|[Aa]nnounced|[Aa]rgued|[Ii]nsisted|[Cc]onceded|[Aa]cknowledged)\b[^.;:\n""“]{0,40}? on " + Name, Options)]
    private static partial Regex SaidOnAir();

    [GeneratedRegex(@"(?<cue>\b(?:[Oo]n|[Bb]ack on)) " + Name + @"(?:['’]s?)?(?: program| show)?(?:, |,? [""“])", Options)]
    private static partial Regex OnShow();

    [GeneratedRegex(@"\b(?<cue>said|explained|added|insisted|admitted|conceded|argued|complained|acknowledged|stated)\b[^.!?\n""“”]{0,80}? to " + Name + @"[.,;]", Options)]
    private static partial Regex SaidToOutlet();

    [GeneratedRegex(@"\b(?<cue>(?:[Tt]he (?:paper|newspaper|network|outlet|magazine|broadcaster|website|publication|news site|news outlet),?(?: also| first| later| previously)? (?:reported|reports|said|says|wrote|writes|added|noted|quoted|cited|obtained))|(?:(?:[Aa]ccording to|told|telling|said to|speaking to|spoke to|per) the (?:paper|newspaper|network|outlet|magazine|broadcaster|website|publication)))\b", Options)]
    private static partial Regex AnaphorPattern();
}
