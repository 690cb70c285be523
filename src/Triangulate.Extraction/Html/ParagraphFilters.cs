using System.Text.RegularExpressions;

namespace Triangulate.Extraction.Html;

/// <summary>
/// Paragraph-level filters run on the extracted text: where reader comments start, and furniture lines.
/// Reader comments: Old and small sites print comments
/// in the same container as the story, with no class to tell them apart, but they announce them:
/// "12 comments", "Add your comment", "Posted by … on …", "Report this comment", and the blog engines'
/// "Leave a Reply" and "3 thoughts on “…”".
/// </summary>
internal static partial class ParagraphFilters
{
    [GeneratedRegex(@"^(?:(?:\d+\s+)?(?:reader'?s?\s+|user\s+)?comments?(?:\s*\(\d+\))?\s*:?|(?:add|post|leave|write|submit|view|show|read|see|hide)\s+(?:a\s+|your\s+|all\s+)?(?:\d+\s+)?(?:comments?|reactions?)\b.*|comments?\s+(?:are\s+)?(?:now\s+)?closed\b.*|have\s+your\s+say\b.*|\d+\s+(?:responses?|replies|comments?|reactions?)\b.*|(?:what\s+do\s+you\s+think|join\s+the\s+(?:discussion|conversation)|discuss\s+this\s+(?:article|story))\b.*|posted\s+by:?\s.{1,80}|report\s+(?:this\s+comment|abuse)|you\s+must\s+be\s+(?:logged|signed)\s+in\b.*|(?:sign|log)\s+in\s+to\s+(?:comment|post)\b.*|most\s+recent\s+reader\s+comments\b.*|the\s+following\s+are\s+(?:the\s+)?comments\s+from\b.*|print\s+email\s+this\s+comment|leave\s+a\s+(?:reply|comment)\b.*|\d+\s+(?:thoughts?|responses?|replies)\s+(?:on|to)\s.{1,100}|comments?\s*\[.{0,40}\])\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarkerRegex();

    [GeneratedRegex(@"^(?:(?:©|\(c\)|copyright\b|all\s+rights\s+reserved).{0,300}|printer[- ]friendly(?:\s+(?:page|version))?|(?:send|e-?mail)\s+this\s+(?:article|story|page)\b.{0,40}|print\s+this\s+(?:article|story|page)|on\s+the\s+net:?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FurnitureLineRegex();

    // A line that is only a date or a byline with a date: "Published November 20th, 2019 - 07:29 GMT",
    // "on November 19, 2019, 6:21 AM EST", "By A and B on Monday, November 18th, 2019 at 11:08 a.m.".
    [GeneratedRegex(@"^(?:(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified)(?:\s+on|\s+at)?|on)\s*:?\s*)?(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4}\b.{0,40}$|^(?:(?:published|updated|posted)\s*:?\s*)?\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b.{0,30}$|^(?:published|updated|posted)\s+(?:at\s+)?\d{1,2}[:.]\d{2}\b.{0,30}$|^(?:published|updated|posted)\s+\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago$|^by\s.{1,80}\s(?:on|at|\||-|–)\s.{0,40}\b(?:19|20)\d{2}\b.{0,30}$|^\d+\s+of\s+\d+$|^(?:(?:written|posted)\s+)?by\s+[^.!?:;]{2,50}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLineRegex();

    // Calls to action that close many stories: newsletter, app, social and tip-line promotion.
    [GeneratedRegex(@"\b(?:subscribe\s+(?:to|now|today|for)|sign\s+up\s+(?:for|to)\s+(?:our|the|a)\s+(?:free\s+)?(?:\w+\s+)?newsletter|(?:our|free|daily|weekly)\s+newsletters?|follow\s+(?:us|him|her|them)\s+on|follow\s+(?:[\w'’]+\s+){1,4}on\s+(?:instagram|facebook|twitter|youtube|linkedin|tiktok)|please\s+(?:create\s+an\s+account|log\s?in|sign\s?in|register|subscribe)\s+(?:or\s+(?:log\s?in|sign\s?in|register)\s+)?to\s+(?:read|continue|view|see|access)|download\s+(?:our|the)\s+(?:free\s+)?app|like\s+us\s+on\s+facebook|have\s+a\s+(?:news\s+)?tip|send\s+us\s+(?:a\s+|your\s+)?(?:tip|story|news)|join\s+our\s+(?:community|forums?|mailing)|get\s+the\s+latest\s+\w+\s+(?:news|updates|headlines)|e-?newsletters?|tip-?offs|click\s+(?:photo|image|picture)\s+to\s+enlarge|click\s+to\s+subscribe|click\s+here\s+for\s+(?:video|photos?)|sign\s+up\s+for\s+breaking\s+news)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PromoRegex();

    // Stamp, agency and widget lines that many templates print inside the story container:
    // "Article Launched: 01/14/2008 02:57:26 AM PST", "POSTED: 7:54 am EST January 23, 2008",
    // "Last Updated: 12:01am GMT 08/01/2008", "The Associated Press - January 11, 2008 4:13 PM ET",
    // "CanWest News Service", "AAP", "Special Correspondent", "Advertisement", "RSS feeds", "Font size: + -", "Filed under: Politics |", "Brought to you by".
    [GeneratedRegex(@"^(?:(?:article\s+)?(?:launched|posted|published|(?:last\s+)?updated|modified)\s*(?:at|on)?\s*:?\s*\d.{0,60}|(?:source:\s*)?(?:the\s+)?associated\s+press(?:\s*[-–—,|]\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}.{0,25})?|(?:source:\s*)?(?:the\s+)?(?:[a-z]+\s+){0,2}(?:news\s+services?|news\s+agency|canadian\s+press)|(?:aap|afp|ap|reuters|upi|pti|ians|dpa|xinhua|wenn)|(?:our\s+)?(?:staff|special)\s+(?:correspondent|reporter|writer)s?|advert(?:isement)?|iklan|anzeige|publicidad|publicité|sponsored(?:\s+content)?|sharing\s+is\s+caring!?|passwords?|user\s?name|remember\s+(?:me|my\s+(?:member|user|login)).{0,60}|forgot(?:ten)?\s+(?:your\s+)?password\??|(?:create\s+(?:an|your)\s+(?:free\s+)?account|log\s?in|sign\s?in|register)(?:\s+(?:now|here|today))?[.!]?|already\s+a\s+(?:member|subscriber|user)\?.{0,30}|brought\s+to\s+you\s+by|(?:click\s+to\s+add\s+our\s+)?rss\s+feeds?.{0,50}|font\s+(?:size|scale)\s*:?.{0,12}|filed\s+under\s*:.{0,60}|tell\s+us\s+what\s+you\s+think.{0,5}|get\s+our\s+news\s+by\s+e-?mail)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StampLineRegex();

    // Rights lines and photo credits anywhere in a short line: "Kenneth Perez © Reuters", "(© 2008 The
    // Associated Press. All Rights Reserved. ...)", "This material may not be published, broadcast, ...". Not "Ã©", which is é read as Latin-1.
    [GeneratedRegex(@"(?<!Ã)©|\ball\s+rights\s+reserved\b|\bmay\s+not\s+be\s+(?:re)?(?:published|produced|reproduced|broadcast)\b|\bsubject\s+to\s+copyright\b|\bdo(?:es)?\s+not\s+necessarily\s+reflect\s+the\s+(?:views|opinions|thoughts|position)|^citation:.{1,300}\bretrieved\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RightsRegex();

    // A line that is only a time stamp: "01/09 00:17:25 ET", "8:40AM Tuesday January 15, 2008",
    // "Thu, 2008-01-17 15:17.", "10:36pm Wednesday 16th January 2008".
    // One token per step of the loop, each step atomic: runs of digits and separators are read a character at a
    // time, so there is one way to read a line and a line that is no time stamp fails in linear time. (Runs read
    // whole, "12:00 1111…1x" took exponential time: every split of the run was tried.)
    [GeneratedRegex(@"^(?=.*\b\d{1,2}:\d{2})(?>[\d:/.,\-]|[ap]\.?m\.?|(?<=\d)(?:st|nd|rd|th)|et|est|edt|cst|cdt|pst|pdt|gmt|utc|bst|cet|ist|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|\s)+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeStampRegex();

    // Story-end lines: "Next story: ...", "Back to headlines", "Share & Save:", "Text size".
    [GeneratedRegex(@"^(?:next\s+story:.{0,100}|back\s+to\s+(?:headlines|top)|share\s*&\s*save:?|text\s+size|sign\s+up\s+now)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StoryEndRegex();

    // Photo captions and gallery furniture that a page's class names did not mark: "Photo: Jo Example, AP",
    // "A crowd at the bridge (Image: Getty)", "... in Hialeah, Fla. (AP Photo/Jo Example, File)", "Image 1 of 8",
    // "Back to Gallery", and the agencies' caption conventions: "In this Dec. 12, 2006, file photo, …",
    // "… (NASA via AP, File)".
    [GeneratedRegex(@"^(?:(?:photo(?:graph)?s?|images?|pictures?)(?:\s+credits?)?|credits?)\s*:.{1,80}$|^.{20,}\((?:(?:photo|image|picture)s?(?:\s+credit)?\s*:[^()]{1,60}|[^()]{0,30}\b(?:AP|AFP|Reuters|Getty|EPA|PA)\s+(?:photo|images?)\b[^()]{0,40}|getty\s+images?)\)\s*$|^.{20,}\((?:[^()]{1,40}\bvia\s+(?:AP|AFP|Reuters|Getty\s+Images|EPA|PA)|[^()]{1,60},\s*file)\)\s*$|^in\s+this\s+(?:[^,]{0,30},\s*)?(?:\d{4},\s*)?(?:file\s+)?(?:photo|image|picture|frame\s+grab|handout|still)\b|^(?:(?:image|photo|slide|picture)\s+)?\d+\s*(?:of|/)\s*/?\s*\d+$|^back\s+to\s+gallery$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionRegex();

    /// <summary>Copyright notices, "print / e-mail this story" lines, date or byline lines and short calls to
    /// action (newsletter, app, follow us), which sit inside many story containers.</summary>
    public static bool IsFurnitureLine(string paragraph) =>
        paragraph.Length <= 320 && (FurnitureLineRegex().IsMatch(paragraph) || (paragraph.Length <= 160 && DateLineRegex().IsMatch(paragraph))
            || (paragraph.Length <= 250 && PromoRegex().IsMatch(paragraph))
            || (paragraph.Length <= 100 && StampLineRegex().IsMatch(paragraph))
            || RightsRegex().IsMatch(paragraph)
            || (paragraph.Length <= 60 && TimeStampRegex().IsMatch(paragraph))
            || (paragraph.Length <= 160 && StoryEndRegex().IsMatch(paragraph))
            || IsLinkBar(paragraph)
            || ShortcodeRegex().IsMatch(paragraph))
        || (paragraph.Length <= MaxCaptionChars && CaptionRegex().IsMatch(paragraph));

    // A CMS shortcode the page printed instead of rendering: "[button link=… ] Send us your review[/button]".
    [GeneratedRegex(@"^\[([a-z_]+)\b[^\]]*\].{0,200}\[/\1\]$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShortcodeRegex();

    /// <summary>Agency captions run longer than other furniture: two sentences and a credit.</summary>
    private const int MaxCaptionChars = 600;

    /// <summary>
    /// A bar of menu or tool labels: three or more pipe-separated parts of at most four words each
    /// ("Print Version | Email to friend | Previous Page", "News: ePaper | Front Page | National").
    /// </summary>
    private static bool IsLinkBar(string paragraph)
    {
        var parts = 0;
        var words = 0;
        var inWord = false;
        foreach (var c in paragraph)
        {
            if (c == '|')
            {
                parts++;
                words = 0;
                inWord = false;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                inWord = false;
                continue;
            }

            if (!inWord && ++words > 4)
            {
                return false;
            }

            inWord = true;
        }

        return parts >= 2;
    }

    /// <summary>The headline repeated inside the story container (as an h2, a strong line, a kicker).</summary>
    public static bool IsTitle(string paragraph, string? title) =>
        title is not null && paragraph.Length <= title.Length + 2 && paragraph.Length * 10 >= title.Length * 9
            && string.Equals(paragraph.TrimEnd('.', ' '), title.TrimEnd('.', ' '), StringComparison.OrdinalIgnoreCase);

    // Headings that open the page's other content when it sits in the story container: related and
    // recommended stories, other news, editor's picks, ad blocks, resource lists.
    [GeneratedRegex(@"^(?:(?:other|more|latest|top|related|recommended|popular|trending|editor'?s'?)\s+(?:news|stories|articles|features|headlines|links|reading|posts|choice|picks)|(?:you\s+)?(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)|also\s+(?:read|see)|read\s+(?:more|next)|more\s+from\s+.{1,30}|most\s+(?:read|popular|viewed|shared|emailed)(?:\s+\w+){0,3}|google\s+ads|sponsored\s+links|additional\s+resources)\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TailMarkerRegex();

    // "Tags: Politics, Elections", "Filed under: ...", "Topics: ...".
    [GeneratedRegex(@"^(?:tags?|tagged(?:\s+with)?|topics?|filed\s+under|categories|keywords)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TagListRegex();

    /// <summary>
    /// Index of the first paragraph of a related-content tail ("Other news", "Related stories"), or -1.
    /// Only a tail shorter than the story before it counts: the same heading on a sidebar box in the
    /// middle of the story is followed by most of the story.
    /// </summary>
    public static int TailStart(List<string> paragraphs)
    {
        var total = 0;
        foreach (var p in paragraphs)
        {
            total += p.Length;
        }

        var before = 0;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            if (i >= 2 && p.Length <= 60 && before >= MinStoryChars && total - before < before && TailMarkerRegex().IsMatch(p))
            {
                return i;
            }

            // A tag or topic list closes the story, however much of the page's other content follows it.
            if (i >= 2 && p.Length <= 200 && before >= MinStoryChars && TagListRegex().IsMatch(p))
            {
                return i;
            }

            before += p.Length;
        }

        return -1;
    }

    /// <summary>
    /// Removes related-content boxes printed in the middle of the story: a marker heading ("Most read in
    /// world news", "Related stories") followed by a run of headline-like lines (short, no closing full
    /// stop), with the story going on after them. The tail rule cannot cut these, since most of the story
    /// follows the box.
    /// </summary>
    public static void RemoveInlineBoxes(List<string> paragraphs)
    {
        for (var i = 1; i < paragraphs.Count - 3; i++)
        {
            var p = paragraphs[i];
            if (p.Length > 60 || !TailMarkerRegex().IsMatch(p))
            {
                continue;
            }

            var end = i + 1;
            while (end < paragraphs.Count && IsHeadlineLike(paragraphs[end]))
            {
                end++;
            }

            // Two headlines at least, and prose after them: a lone short line may be the story's own.
            if (end - i - 1 >= 2 && end < paragraphs.Count)
            {
                paragraphs.RemoveRange(i, end - i);
            }
        }
    }

    /// <summary>A teaser headline or kicker: at most 120 chars and not ending a sentence with a full stop.</summary>
    private static bool IsHeadlineLike(string paragraph) =>
        paragraph.Length <= 120 && !paragraph.TrimEnd().EndsWith('.') && !paragraph.TrimEnd().EndsWith(':');

    /// <summary>Story text needed before a marker counts: 400 chars, so a "posted by" line under the headline cuts nothing.</summary>
    private const int MinStoryChars = 400;

    /// <summary>Index of the first paragraph of the comments, or -1.</summary>
    public static int CommentsStart(List<string> paragraphs)
    {
        var before = 0;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            if (i >= 2 && p.Length <= 120 && before >= MinStoryChars && MarkerRegex().IsMatch(p))
            {
                return i;
            }

            before += p.Length;
        }

        return -1;
    }
}
