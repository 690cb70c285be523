namespace Triangulate.Nlp.Quotes;

/// <summary>
/// The closed word lists attribution rests on: speech and belief verbs, the words that may sit between a
/// subject and its verb, and the words that end a speaker phrase. Looked up by span, without allocating.
/// </summary>
internal static class SpeechLexicon
{
    private static readonly HashSet<string> FiniteCues = Set(
        "said", "says", "say", "told", "tells", "tell", "added", "adds", "wrote", "writes", "stated", "explained", "explains",
        "noted", "observed", "commented", "insisted", "insists", "argued", "argues", "claimed", "warned", "warns", "declared",
        "announced", "asked", "asks", "replied", "replies", "responded", "recalled", "recalls", "acknowledged",
        "acknowledges", "admitted", "admits", "conceded", "concedes", "suggested", "suggests", "urged", "urges", "tweeted",
        "posted", "remarked", "quipped", "joked", "jokes", "stressed", "stresses", "emphasized", "emphasised", "emphasizes",
        "maintained", "maintains", "contended", "contends", "predicted", "predicts", "promised", "promises", "vowed", "vows",
        "pledged", "confirmed", "confirms", "denied", "denies", "alleged", "alleges", "charged", "countered", "cautioned",
        "complained", "complains", "lamented", "boasted", "boasts", "shouted", "yelled", "concluded", "mused", "wondered",
        "believes", "believed", "believe", "thinks", "thought", "agreed", "agrees", "assured", "testified", "revealed",
        "disclosed", "indicated", "asserted", "asserts", "reiterated", "explain", "tweets", "reported",
        "reports", "detailed", "claims", "argue", "claim", "insist", "warn", "predict", "recounted", "mocked",
        "proclaimed", "retorted", "estimated", "estimates", "acknowledge", "show", "shows", "showed",
        "found", "finds", "think", "wants", "want", "wanted", "hopes", "hope", "hoped", "expects", "fears", "feared",
        "criticized", "criticised", "accused", "endorsed", "praised", "defended", "proposed", "described",
        "suggest", "knew", "know", "knows", "felt", "feel", "feels", "doubt", "doubts", "doubted", "questioned", "blamed",
        "threatened", "demanded", "called", "calls", "worried", "worries", "fear");

    private static readonly HashSet<string> ParticipleCues = Set(
        "saying", "adding", "noting", "writing", "stating", "explaining", "arguing", "telling", "insisting", "warning",
        "claiming", "declaring", "asking", "calling", "suggesting", "predicting", "acknowledging", "tweeting", "urging",
        "promising", "vowing", "remarking", "stressing", "emphasizing", "emphasising", "observing", "commenting");

    /// <summary>Cues strong enough to attribute a whole quotation (a direct quote) on their own.</summary>
    private static readonly HashSet<string> QuoteCues = Set(
        "said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "stated", "explained", "noted", "observed",
        "commented", "insisted", "insists", "argued", "argues", "claimed", "warned", "warns", "declared", "announced", "asked",
        "asks", "replied", "responded", "continued", "recalled", "acknowledged", "admitted", "conceded", "suggested", "urged",
        "tweeted", "posted", "remarked", "quipped", "joked", "stressed", "emphasized", "emphasised", "maintained", "contended",
        "predicted", "promised", "vowed", "pledged", "confirmed", "denied", "alleged", "charged", "countered", "cautioned",
        "complained", "lamented", "boasted", "shouted", "yelled", "concluded", "mused", "wondered", "assured", "testified",
        "asserted", "reiterated", "retorted", "recounted", "proclaimed", "explains", "notes", "read", "reads",
        "saying", "adding", "noting", "writing", "stating", "explaining", "arguing", "telling", "insisting", "warning",
        "claiming", "declaring", "asking", "tweeting", "remarking", "stressing", "observing", "commenting", "confessed",
        "concludes", "demanded", "echoed", "exclaimed", "answered",
        "sighed", "laughed", "cried", "opined", "remembered", "reported", "reports", "elaborated", "agrees", "agreed", "exhorted", "gloated", "chimed", "interjected", "cautions", "thundered", "bellowed", "screamed",
        "whispered", "muttered", "snapped", "scoffed", "marveled", "gushed", "raved", "griped", "cracked", "deadpanned",
        "fumed", "declares", "predicts", "reminded", "reminds", "recalls", "concedes", "admits", "acknowledges");

    private static readonly HashSet<string> Between = Set(
        "also", "later", "previously", "repeatedly", "reportedly", "has", "have", "had", "was", "is", "would", "will", "once",
        "then", "recently", "publicly", "privately", "again", "earlier", "further", "simply", "since", "did", "does", "just",
        "flatly", "often", "frequently", "first", "even", "still", "already", "never", "always", "quickly", "openly",
        "could", "may", "might", "should", "can", "must", "been", "being", "not", "ultimately", "finally", "subsequently");

    private static readonly HashSet<string> TimeWords = Set(
        "today", "yesterday", "tonight", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "this", "last", "next", "on",
        "earlier", "later", "recently", "in", "at", "during", "late", "early");

    private static readonly HashSet<string> NpStops = Set(
        "that", "which", "who", "whom", "whose", "and", "or", "but", "if", "when", "while", "because", "as", "so", "than",
        "then", "after", "before", "since", "although", "though", "where", "in", "on", "at", "to", "from", "by", "about",
        "into", "over", "under", "with", "without", "against", "between", "during", "through", "via", "also", "not", "is",
        "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
        "must", "do", "does", "did", "it", "its", "there", "here", "how", "what", "why", "all", "up", "out", "off", "down",
        "yes", "no", "according", "like", "just", "even", "only", "more", "most", "very", "too", "for", "of", "quoted",
        "speaking", "including", "such", "both", "either", "neither", "nor", "yet", "said", "says", "told", "added");

    private static readonly HashSet<string> Determiners = Set(
        "the", "a", "an", "one", "another", "his", "her", "their", "our", "its", "some", "several", "many", "two", "three",
        "other", "this", "these", "those", "that", "senior", "most");

    private static readonly HashSet<string> SpeakerNouns = Set(
        "spokesperson", "spokesman", "spokeswoman", "official", "officials", "aide", "aides", "adviser", "advisers", "advisor",
        "advisors", "source", "sources", "people", "analyst", "analysts", "expert", "experts", "critics", "lawmakers",
        "diplomats", "diplomat", "residents", "witnesses", "police", "prosecutors", "investigators", "authorities",
        "supporters", "opponents", "observers", "economists", "officers", "spokespeople", "representative", "representatives",
        "statement", "report", "campaign", "administration", "government", "ministry", "staff", "staffers",
        "lawyer", "lawyers", "attorney", "attorneys", "director", "chairman", "chairwoman", "president", "minister", "senator",
        "leader", "leaders", "member", "members", "voters", "democrats", "republicans", "activists", "organizers", "polls", "survey",
        "percent", "respondents", "majority", "independents", "americans", "study", "poll", "article", "story", "newspaper",
        "memo", "letter", "documents", "records", "data", "filing", "lawsuit", "complaint", "ruling", "reports", "analysis");

    /// <summary>Lowercase role nouns that sit between capitalised words in a speaker's description ("PATA director Ingrid Halvorsen").</summary>
    private static readonly HashSet<string> RoleNouns = Set(
        "director", "secretary", "pollster", "attorney", "spokeswoman", "spokesman", "spokesperson", "chief", "minister",
        "strategist", "adviser", "advisor", "consultant", "analyst", "professor", "delegate", "lawmaker", "senator", "governor",
        "mayor", "councillor", "councilor", "chairman", "chairwoman", "chair", "official", "leader", "candidate", "nominee",
        "activist", "economist", "executive", "founder", "manager", "commissioner", "envoy", "ambassador", "correspondent",
        "reporter", "editor", "host", "fellow", "president", "aide", "counsel", "general", "commander", "inspector",
        "superintendent", "sheriff", "judge", "prosecutor", "lawyer", "historian", "expert", "researcher", "scientist",
        "surveyor", "pastor", "member", "head", "coordinator", "organizer", "organiser", "stallholder", "owner", "resident",
        "captain", "officer", "engineer", "treasurer", "clerk", "representative", "press", "campaign", "party", "state");

    private static readonly HashSet<string> Pronouns = Set("he", "she", "they", "we", "i", "it", "you");

    private static readonly HashSet<string> TitleAbbreviations = Set(
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "st", "lt", "prof", "rev", "col", "sgt", "capt", "adm", "maj", "jr", "sr", "u.s", "u.n", "u.k", "d.c");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FiniteLookup = FiniteCues.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticipleLookup = ParticipleCues.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> QuoteCueLookup = QuoteCues.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BetweenLookup = Between.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeLookup = TimeWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopLookup = NpStops.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DeterminerLookup = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeakerNounLookup = SpeakerNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleLookup = RoleNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PronounLookup = Pronouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = TitleAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A lowercase speech or belief verb (cues are never capitalised, which keeps "United States" out).</summary>
    public static bool IsCue(ReadOnlySpan<char> w) => w.Length > 2 && char.IsLower(w[0]) && (FiniteLookup.Contains(w) || ParticipleLookup.Contains(w));

    public static bool IsQuoteCue(ReadOnlySpan<char> w) => w.Length > 2 && char.IsLower(w[0]) && QuoteCueLookup.Contains(w);

    public static bool IsParticiple(ReadOnlySpan<char> w) => ParticipleLookup.Contains(w);

    public static bool IsBetween(ReadOnlySpan<char> w) => BetweenLookup.Contains(w) || (w.Length > 4 && char.IsLower(w[0]) && w.EndsWith("ly", StringComparison.Ordinal))
        || w.EndsWith("n\u2019t", StringComparison.Ordinal) || w.EndsWith("n't", StringComparison.Ordinal);

    /// <summary>"he’d", "she's", "they’ve": a pronoun fused with its auxiliary.</summary>
    public static bool IsPronounContraction(ReadOnlySpan<char> w)
    {
        int apostrophe = w.IndexOfAny('\'', '\u2019');
        return apostrophe > 0 && PronounLookup.Contains(w[..apostrophe]);
    }

    public static bool IsTimeWord(ReadOnlySpan<char> w) => TimeLookup.Contains(w);

    public static bool IsNpStop(ReadOnlySpan<char> w) => StopLookup.Contains(w);

    public static bool IsDeterminer(ReadOnlySpan<char> w) => DeterminerLookup.Contains(w);

    public static bool IsRoleNoun(ReadOnlySpan<char> w) => RoleLookup.Contains(w);

    public static bool IsSpeakerNoun(ReadOnlySpan<char> w) => SpeakerNounLookup.Contains(w);

    public static bool IsPronoun(ReadOnlySpan<char> w) => PronounLookup.Contains(w);

    public static bool IsTitleAbbreviation(ReadOnlySpan<char> w) => TitleLookup.Contains(w);

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);
}
