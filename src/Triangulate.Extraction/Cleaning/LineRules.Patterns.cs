using System.Buffers;
using System.Text.RegularExpressions;
using Triangulate.Core.Model;

namespace Triangulate.Extraction.Cleaning;

/// <summary>The patterns behind <see cref="LineRules"/>, kept apart from the logic that applies them.</summary>
internal static partial class LineRules
{
    private const RegexOptions Ci = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private const RegexOptions Cs = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    // No match timeout: lines are short (see BoilerplateCleanerOptions.MaxRuleLineChars) and every pattern's cost
    // per position is bounded, while a wall-clock timeout made the cleaned text depend on the machine's load (a
    // descheduled match read as a runaway one). RegexCostTests runs every pattern over hostile lines.

    // Unanchored rules scan the whole line, so each runs only when the line holds one of its words; anchored
    // rules fail at the first character of a story line and need no gate.
    private static readonly SearchValues<string> CopyrightWords = SearchValues.Create(
        ["©", "ⓒ", "(c)", "copyright", "rights reserved", "reproduce", "redistribut", "republish", "may not be"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> PromoWords = SearchValues.Create(
        ["t.me/", "wa.me/", "whatsapp", "telegram", "news.google", "our ", "us on "],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> PhotoWords = SearchValues.Create(
        ["getty", "shutterstock", "alamy", "photo", "epa-efe", "/"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> SyndicationWords = SearchValues.Create(
        ["feed", "edited by"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Every word an unanchored rule is gated on, for the first cheap test.</summary>
    private static readonly SearchValues<string> AnywhereWords = SearchValues.Create(
        [
            "©", "ⓒ", "(c)", "copyright", "rights reserved", "reproduce", "redistribut", "republish", "may not be",
            "t.me/", "wa.me/", "whatsapp", "telegram", "news.google", "our ", "us on ", "cookie", "staff", "@",
            "feed", "edited by", "getty", "shutterstock", "alamy", "photo", "epa-efe", "/", "|", "contributed",
            "discretion", "akismet", "Δ", "thoughts on", "comments", "responses to",
        ],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>First words of the lines the anchored rules match.</summary>
    private static readonly HashSet<string> Starters = new(StringComparer.OrdinalIgnoreCase)
    {
        "c", "copyright", "all", "do", "please", "this", "may", "click", "tap", "subscribe", "sign", "join", "follow",
        "download", "get", "register", "like", "find", "stay", "don't", "don’t", "dont", "share", "tweet", "email", "e",
        "copy", "print", "facebook", "twitter", "x", "whatsapp", "linkedin", "telegram", "reddit", "pinterest",
        "messenger", "sms", "flipboard", "threads", "bluesky", "read", "also", "see", "more", "recommended", "you",
        "must", "related", "watch", "listen", "ends", "end", "reporting", "writing", "editing", "edited", "written",
        "compiled", "produced", "research", "researched", "graphics", "translated", "translation", "fact",
        "photography", "video", "additional", "with", "inputs", "input", "source", "sources", "courtesy", "via",
        "staff", "agencies", "wire", "news", "from", "advertisement", "advertising", "sponsored", "continue", "story",
        "article", "scroll", "tags", "topics", "filed", "listed", "categories", "file", "main", "top", "lead", "cover",
        "photo", "photos", "photograph", "photographs", "image", "images", "picture", "pictures", "pic", "foto",
        "credit", "credits", "illustration", "media", "have", "got", "leave", "cancel", "post", "add", "submit",
        "write", "no", "one", "log", "login", "comments", "your", "required", "name", "comment", "save", "notify",
        "breaking", "developing", "just", "live", "further", "check", "refresh", "warning", "content", "trigger",
        "some", "readers", "viewers", "original", "originally", "first", "view", "visit", "go", "link", "web", "online",
        "digital", "city", "sports", "sport", "metro", "foreign", "national", "social", "posted", "published", "uploaded",
        "by", "it",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup = Starters.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Regex CopyrightRx = new(
        @"^(?:©|ⓒ|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4}))" +
        @"|(?:^|[.,©]\s*|\d{4}\s+)all rights reserved(?:[.!]|\s*$)" +
        @"|(?:^|[.!]\s+)(?:please\s+)?do not (?:reproduce|redistribute|republish|copy|distribute)\b" +
        @"|^(?:this (?:material|article|content|story) )?may not be (?:published|reproduced|broadcast|rewritten|redistributed)\b",
        Ci);

    private static readonly Regex CopyrightHolderRx = new(
        @"^(?:©|ⓒ|\([cC]\)|(?i:copyright))\s*(?:©|\([cC]\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[\s,]*(?<holder>\p{Lu}[^.,;|©]{0,60}?)\s*(?:[.,;|]|(?i:all rights reserved)|$)",
        Cs);

    private static readonly Regex PromoAnywhereRx = new(
        @"t\.me/|chat\.whatsapp\.com|whatsapp\.com/channel|wa\.me/|news\.google\.com/publications" +
        @"|\b(?:our|us on)\s+(?:official\s+)?(?:telegram|whatsapp|viber|signal|instagram|facebook|twitter|x|youtube|tiktok|linkedin|threads|google news|app|newsletters?|podcast)\b",
        Ci);

    private static readonly Regex PromoRx = new(
        @"^(?:click here to |please |tap here to )?(?:subscribe to|sign up (?:for|to)|join|follow|download|get)\s+(?:our|us)\b" +
        @"|^(?:subscribe|sign up|register)(?:\s+(?:now|today|here|for free))?\s*[:!.]?\s*$" +
        @"|^(?:follow|like|find) us (?:on|at|for)\b" +
        @"|^(?:stay (?:updated|informed|connected)|don'?t miss (?:out|a story))\b" +
        @"|^(?:sign up|subscribe)\b.{0,80}\bnewsletters?\b" +
        @"|^(?:have|got) (?:a |any )?(?:news )?(?:tip|story (?:idea|tip))s?\b.{0,40}\?" +
        // Broadcasters' tune-in lines: "Listen to the full interview on <programme>, weekdays from 6am."
        @"|^(?:listen|watch)\s+(?:to\s+)?(?:the\s+)?(?:full|whole|complete|entire|extended)\s+(?:report|interview|story|episode|programme|program|broadcast|segment|conversation|podcast)\s+(?:on|at|in|via)\b",
        Ci);

    private static readonly Regex ShareRx = new(
        @"^(?:share (?:this|the) (?:article|story|post|page|video)|share on (?:facebook|twitter|x|whatsapp|linkedin|telegram|email|reddit)" +
        @"|click to (?:share|email|print)\b.{0,80}|share|share this|share article|tweet this|email this|copy link|print this (?:article|page))\s*[:!.]?\s*$" +
        @"|^(?:(?:facebook|twitter|x|whatsapp|linkedin|telegram|email|e-mail|print|reddit|pinterest|copy link|share|messenger|sms|flipboard|threads|bluesky)\s*[|•·,/]?\s*){2,}$" +
        @"|^share (?:this|the) (?:article|story|post|page|video)\s*[:|\-–—]\s*(?:(?:facebook|twitter|x|whatsapp|linkedin|telegram|email|e-mail|print|reddit|pinterest|copy link|messenger|sms|flipboard|threads|bluesky)\s*[|•·,/]?\s*)+$",
        Ci);

    private static readonly Regex CookieRx = new(
        @"\b(?:we use cookies|we and our partners use cookies|(?:this|our) (?:site|website) uses cookies|accept (?:all )?cookies" +
        @"|manage (?:cookies|cookie (?:settings|preferences))|(?:read|see|view) our cookie policy)\b|^cookie (?:policy|settings|preferences|consent|notice)\s*$",
        Ci);

    private static readonly Regex ReadMoreRx = new(
        @"^(?:read more|also read|read also|see also|more on this(?: story)?|recommended(?: stories| reading| articles)?|you may also like|must read" +
        @"|more from \w+|related(?: stories| articles| news| coverage| content| reading| links)?|don'?t miss|watch|listen)\s*(?:[:：|»>\-–—]|$)" +
        @"|^(?:read more|also read|read also)\b[^.!?]*$",
        Ci);

    private static readonly Regex EndMarkRx = new(
        @"^(?:[\-–—*\s]*(?:ends?|end of (?:story|article|report|transmission))[\-–—*.\s]*|#{3}|-30-)$",
        Ci);

    private static readonly Regex CreditRx = new(
        @"^\(?\s*(?:(?:\p{Lu}[\p{L}.&'’-]*\s+){1,3}staff\b" +
        @"|(?i:(?:additional\s+)?(?:reporting|writing|editing|edited|written|compiled|produced|research|researched|graphics|translated|translation|fact[- ]checking|photography|video)(?:\s+(?:and|&)\s+(?:reporting|writing|editing))?\s+by)\s+\(?\p{Lu})",
        Cs);

    private static readonly Regex StaffRx = new(@"(?<agency>(?:\p{Lu}[\p{L}.&'’-]*\s+){1,3})staff\b", Cs);

    private static readonly Regex SourceCreditRx = new(
        @"^\(?\s*(?i:with\s+(?:additional\s+)?(?:agency\s+)?(?:inputs?|reporting|contributions?)\s+from|inputs?\s+from|sources?|courtesy(?:\s+of)?|via)\s*[:\-–]?\s*(?<names>[^()]{1,120}?)\s*\.?\s*\)?\s*$" +
        @"|^\(?\s*(?i:with\s+(?:agency\s+)?inputs?)\s*\)?\.?$",
        Cs);

    /// <summary>An agency alone in brackets on its own line, the way rewrites sign off copied wire text: "(Meridian Wire)".</summary>
    private static readonly Regex BracketedSourceRx = new(
        @"^\(\s*(?<names>\p{Lu}[\p{L}.&'’\-]*(?:\s+\p{Lu}[\p{L}.&'’\-]*){0,3})\s*\)\.?$",
        Cs);

    /// <summary>"Northwind contributed to this report.", "Jane Doe contributed reporting from Lisbon."</summary>
    private static readonly Regex ContributedRx = new(
        @"^(?<names>\p{Lu}[^.!?]{0,100}?)\s+contributed\s+(?:(?:additional\s+)?reporting|to this (?:report|story|article))(?:\s+(?:from|in)\s+[^.!?]{1,60})?\.?$",
        Cs);

    private static readonly Regex WireOnlyRx = new(
        @"^(?:staff and agencies|agencies|wire services|news services|news agencies|from wire reports|wire reports|staff and wire reports)\.?$",
        Ci);

    /// <summary>Page furniture that says nothing: ad markers, "story continues below", tag lists.</summary>
    private static readonly Regex FurnitureRx = new(
        @"^(?:advertisement|advertising|sponsored(?: content)?|continue reading(?: below| the main story)?|(?:story|article) continues (?:below|after (?:the )?(?:advertisement|ad))(?: advertisement)?|scroll to continue(?: with content)?)\s*$" +
        @"|^(?:tags|topics|filed under|listed under|categories|related topics)\s*:",
        Ci);

    /// <summary>Sharing, read-more and furniture lines, in the order they are tried (declared after their patterns:
    /// static fields initialise in text order).</summary>
    private static readonly (Regex Pattern, string Kind)[] FurnitureRules =
    [
        (ShareRx, RemovedKinds.Share), (ReadMoreRx, RemovedKinds.ReadMore), (FurnitureRx, RemovedKinds.Boilerplate),
    ];

    /// <summary>A reporter's contact line: it must hold an e-mail address, so a story sentence about reaching someone is safe.</summary>
    private static readonly Regex ContactRx = new(
        @"\b(?:can be (?:reached|contacted)|contact (?:him|her|them|the (?:writer|author|reporter))|e-?mail (?:him|her|them)|write to (?:him|her|them))\b.{0,80}@[\w-]+\.\w",
        Ci);

    private static readonly Regex SyndicatedRx = new(
        @"\b(?:auto-generated|published) from (?:a |an )?(?:syndicated|agency|wire) feed\b|^\(?\s*(?:this|the) (?:story|article|report|copy) (?:has not been|was not|is not) edited by\b",
        Ci);

    /// <summary>"Photo: X", "Image credit: X", "(Photo by X)": a label and what follows it, which is either a
    /// credit (names) or, on some sites, the caption itself.</summary>
    private static readonly Regex PhotoLabelRx = new(
        @"^\(?\s*(?i:(?:file |main |top |lead |cover )?(?:photo(?:graph)?s?|images?|pictures?|pic|foto|credits?|photo credits?|image credits?|image source|illustration))\s*(?i:by|credit|courtesy(?:\s+of)?)?\s*[:：|\-–—]\s*(?<what>[^!?]{1,100}?)\s*\)?\s*$" +
        @"|^\(?\s*(?i:(?:photo(?:graph)?|image|picture|illustration)s?\s+(?:by|courtesy(?:\s+of)?|copyright))\s+(?<what>[^!?]{1,100}?)\s*\)?\s*$",
        Cs);

    private static readonly Regex PhotoBareRx = new(
        @"^[^.!?]{0,80}(?i:getty images|shutterstock|alamy|ap photo|afp photo|reuters photo|epa-efe)[^.!?]{0,30}$" +
        @"|^\p{Lu}[\p{L}.'’\- ]{0,60}\s*/\s*(?i:reuters|afp|ap|epa(?:-efe)?|getty images|anadolu(?: agency)?|xinhua|bloomberg|pool|sipa|zuma|imago|dpa|ani|pti)\b[^.!?]{0,30}$" +
        @"|^(?i:reuters|afp|ap|epa(?:-efe)?|anadolu|xinhua|bloomberg|dpa)\s*/\s*\p{Lu}[\p{L}.'’\- ]{0,60}$",
        Cs);

    /// <summary>BBC-style labels: "Image caption ..." is a caption; "Image copyright X" a credit whose caption follows it.</summary>
    private static readonly Regex ImageCaptionRx = new(@"^(?:image|photo|media) caption\b", Ci);

    private static readonly Regex PhotoInlineRx = new(
        @"\((?:photo(?:graph)?|image|picture|pic|foto|file photo)s?\s*(?:by|credit|courtesy(?: of)?|:)\s*:?\s*[^()]{1,100}\)\s*$|\|\s*(?:photo|image|picture)\s*(?:credit)?\s*:\s*[^|]{1,100}$",
        Ci);

    private static readonly Regex LeadImageCreditRx = new(
        @"^\(?\s*(?:(?:main|top|lead|header|hero|cover|featured|feature)\s+(?:image|photo|picture|illustration)|image copyright)",
        Ci);

    private static readonly Regex NoteRx = new(
        @"^(?:editor['’]?s note|note|correction|clarification|update|updated)\s*[:：\-–—]",
        Ci);
}
