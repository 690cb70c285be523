using System.Text.RegularExpressions;
using Triangulate.Core.Model;
using Triangulate.Core.Outlets;

namespace Triangulate.Extraction.Cleaning;

/// <summary>
/// Line families that crawlers and auto-publishing sites leave in copied text: CMS shortcodes, "source link" lines,
/// comment-form chrome, agency tags, web-desk credits, breaking-news and discretion notes. Each pattern matches the
/// whole line by its form, never a phrase inside a sentence, and none fires on a line with quotation marks.
/// </summary>
internal static partial class LineRules
{
    private const string Dash = "-–—";

    /// <summary>A line that is only a CMS shortcode or ad slot: "[ad_1]", "[adrotate banner="3"]", "[/caption]",
    /// "[Advertisement]", "[embedded content]". Shortcode names are lower case, so "[Reuters]" is not one.</summary>
    private static readonly Regex ShortcodeRx = new(
        @"^\[\s*(?:/?[a-z][a-z0-9]*(?:[_\-][a-z0-9]+)*(?:\s+[a-z_\-]+\s*=\s*(?:""[^""]*""|'[^']*'|[^\s\]]+))*\s*/?" +
        @"|(?i:advertisements?|advert|ads?|sponsored(?:\s+content)?|embedded\s+(?:content|video|tweet|post|media)|video|photo|gallery|audio|(?:story|content)\s+continues\s+below))\s*\]$",
        Cs);

    /// <summary>The trailing link line of auto-publishing sites: "Source link", "Read the original article here".</summary>
    private static readonly Regex SourceLinkRx = new(
        @"^(?:source\s+(?:link|url)|original\s+(?:source|article|story|post|link)|(?:view|read|see|visit|go\s+to)\s+(?:the\s+)?(?:original|source|full)\s+(?:article|story|post|report|link|source)" +
        @"|link\s+to\s+(?:the\s+)?(?:original|source)(?:\s+(?:article|story|post))?)(?:\s+(?:here|at|on)\b[^.!?]{0,80})?\s*[:.!]?\s*(?:<?https?://\S+>?)?\s*$",
        Ci);

    /// <summary>"This article was originally published on The Conversation.": a credit to the source it came from.</summary>
    private static readonly Regex OriginallyRx = new(
        @"^\(?\s*(?i:(?:this\s+(?:article|story|post|piece|report)\s+(?:was|is|has\s+been)\s+)?(?:originally|first)\s+(?:published|appeared|posted|ran)\s+(?:on|in|at|by))\s+" +
        @"(?<names>\p{Lu}[^.!?()]{0,80}?)(?:\.com|\.org|\.net)?\s*(?:,?\s*(?i:on)\s+[^.!?()]{1,40})?\s*[.)]?\s*\.?$",
        Cs);

    /// <summary>WordPress comment-form and comment-list chrome.</summary>
    private static readonly Regex CommentFormRx = new(
        @"^(?:leave\s+a\s+(?:reply|comment)(?:\s+cancel\s+reply)?|cancel\s+reply|(?:post|add|submit|write)\s+(?:a\s+|your\s+)?comment|(?:\d+|no|one)\s+(?:comments?|responses?|replies)" +
        @"|\d+\s+thoughts?\s+on\s+.{1,150}|log\s?in\s+to\s+(?:reply|comment)|you\s+must\s+be\s+logged\s+in\s+to\s+post\s+a\s+comment|comments\s+are\s+closed" +
        @"|your\s+email\s+address\s+will\s+not\s+be\s+published(?:\.?\s*required\s+fields\s+are\s+marked\s*\*)?|required\s+fields\s+are\s+marked\s*\*" +
        @"|(?:name|email|e-mail|comment)\s*\*|save\s+my\s+name,\s+email,?\s+and\s+website\s+in\s+this\s+browser\s+for\s+the\s+next\s+time\s+i\s+comment" +
        @"|notify\s+me\s+of\s+(?:follow-up\s+comments|new\s+(?:posts|comments|replies))\b[^.!?]{0,40}|this\s+site\s+uses\s+akismet\s+to\s+reduce\s+spam\b[^!?]{0,80}|Δ)\s*[.:]?\s*$",
        Ci);

    /// <summary>An agency tag on a line of its own, after a bullet or dash or in brackets: "(AFP)", "• Reuters",
    /// "— AP/Reuters". Every name must be a known agency, so a bulleted list of people stays.</summary>
    private static readonly Regex AgencyTagRx = new(
        @"^(?<lead>[•·▪●■*" + Dash + @"]+\s*)?(?<open>[(\[])?\s*(?<names>\p{Lu}[\p{L}.&'’\-]*(?:\s+\p{Lu}[\p{L}.&'’\-]*){0,3}(?:\s*(?:[/,&]|\band\b)\s*\p{Lu}[\p{L}.&'’\-]*(?:\s+\p{Lu}[\p{L}.&'’\-]*){0,3}){0,3})\s*[)\]]?\.?$",
        Cs);

    /// <summary>"(MENAFN - Khaleej Times)": an aggregator's tag naming the publisher it took the text from.</summary>
    private static readonly Regex AggregatorTagRx = new(
        @"^\(\s*(?<aggregator>\p{Lu}[\p{L}.]{1,20})\s*[" + Dash + @"]\s*(?<names>\p{Lu}[^()]{1,60}?)\s*\)\.?$",
        Cs);

    /// <summary>Web-desk credits: "Web Desk", "By News Desk", "Edited by: Jane Roe", "Web editor: Jane Roe".</summary>
    private static readonly Regex WebEditorRx = new(
        @"^\(?\s*(?i:(?:(?:by|posted\s+by|published\s+by|edited\s+by|written\s+by|compiled\s+by)\s+)?(?:the\s+)?(?:web|online|digital|news|city|sports?|metro|foreign|national|social\s+media)\s+(?:desk|team|editor|editors|editing|producer|staff))" +
        @"(?:\s*[:|,\-–—]\s*(?<names>[^.!?]{1,80}))?\s*\)?\.?$" +
        @"|^\(?\s*(?i:(?:(?:web|online|digital)\s+)?(?:edited|editing|produced|published|uploaded|posted|compiled)\s+by)\s*[:\-–]\s*(?<names>\p{Lu}[^.!?]{0,80})\)?\.?$",
        Cs);

    /// <summary>Breaking-news, developing-story and viewer-discretion notes.</summary>
    private static readonly Regex NoticeRx = new(
        @"^(?:breaking(?:\s+news)?|developing(?:\s+story)?|just\s+in|live\s+updates?)\s*[:!|\-–—]?\s*$" +
        @"|^\(?\s*(?:this|it)\s+is\s+an?\s+(?:breaking|developing|evolving)\s+(?:news\s+)?(?:story|report|situation)(?:,?\s+(?:and|which|that)\s+(?:will|may|is\s+going\s+to)\s+be\s+updated[^.!?]{0,60})?[.!]?(?:\s*(?:please\s+)?(?:check\s+back|refresh|stay\s+tuned)[^.!?]{0,60}[.!]?)?\s*\)?$" +
        @"|^\(?\s*this\s+(?:story|report|article|post)\s+(?:is\s+(?:developing|breaking|being\s+updated)|will\s+be\s+updated|has\s+been\s+updated|may\s+be\s+updated)\b[^.!?]{0,100}[.!]?\s*\)?$" +
        @"|^(?:more|further)\s+(?:details\s+|information\s+|updates\s+)?to\s+follow[.!]?$" +
        @"|^(?:please\s+)?(?:check\s+back|refresh(?:\s+this\s+page)?|stay\s+tuned)\s+(?:later\s+)?for\s+(?:updates|more)\b[^.!?]{0,40}[.!]?$" +
        @"|^[^""“”]{0,120}\b(?:viewer|reader|listener|audience)s?['’]?\s+discretion\s+(?:is\s+)?(?:strongly\s+)?(?:advised|recommended)\b[^""“”]{0,80}$" +
        @"|^(?:(?:content\s+|trigger\s+)?warning)\s*[:\-–—]\s*[^""“”]{0,160}\b(?:graphic|disturbing|distressing|upsetting|sensitive)\b[^""“”]{0,80}$" +
        @"|^(?:some\s+)?(?:readers|viewers)\s+may\s+find\b[^""“”]{0,120}\b(?:disturbing|distressing|upsetting|graphic|offensive)\b[^""“”]{0,40}$",
        Ci);

    /// <summary>Notes, comment forms and source links, in the order they are tried (after their patterns: static
    /// fields initialise in text order).</summary>
    private static readonly (Regex Pattern, string Kind)[] NoticeRules =
    [
        (NoticeRx, RemovedKinds.Note), (CommentFormRx, RemovedKinds.Boilerplate), (SourceLinkRx, RemovedKinds.ReadMore),
    ];

    /// <summary>Credits to wire services that name none ("With wire services", "Compiled from agency reports").</summary>
    private static readonly Regex WireCreditRx = new(
        @"^(?:[" + Dash + @"•]+\s*)?\(?\s*(?:with\s+(?:wire\s+services|wires|agencies|news\s+agencies|agency\s+(?:inputs|reports|wires|copy)|wire\s+reports|agency\s+reports)" +
        @"|(?:compiled\s+)?from\s+(?:wire|news|agency)\s+(?:services|reports|agencies|copy)|(?:wire\s+services|agencies|news\s+agencies)\s+contributed\s+to\s+this\s+(?:report|story|article))\s*\)?\.?$",
        Ci);

    /// <summary>"— With files from The Canadian Press", "(with AFP)": a credit naming agencies or outlets.</summary>
    private static readonly Regex WithFilesRx = new(
        @"^(?:[" + Dash + @"•]+\s*)?\(?\s*(?i:with\s+(?:(?:additional\s+)?(?:files|reports?|reporting|wire\s+reports|material)\s+(?:from|by)\s+)?)(?<names>(?:the\s+)?\p{Lu}[^()]{0,100}?)\s*\)?\.?$",
        Cs);

    /// <summary>WordPress's heading over the comments, with the post's title in quotes: "12 thoughts on “…”".</summary>
    private static readonly Regex CommentCountRx = new(
        @"^\d+\s+(?:thoughts?|responses?|comments?|replies)\s+(?:on|to)\s+[“""«‘'].{1,200}[”""»’']\s*$",
        Ci);

    /// <summary>The family rules; <paramref name="credited"/> receives the sources a credit names.</summary>
    private static LineVerdict ClassifyFamily(string line, bool quoted, List<string> credited)
    {
        // A shortcode's attributes and a comment heading's post title are quoted; nothing else here may be.
        if ((line[0] == '[' && line[^1] == ']' && ShortcodeRx.IsMatch(line)) || (quoted && CommentCountRx.IsMatch(line)))
        {
            return new(RemovedKinds.Boilerplate);
        }

        if (quoted)
        {
            return LineVerdict.Keep;
        }

        if (IsAgencyTag(line, credited))
        {
            return new(RemovedKinds.SourceCredit);
        }

        var notice = FirstMatch(line, NoticeRules);
        return notice.Kind is not null ? notice : ClassifyFamilyCredit(line, credited);
    }

    private static LineVerdict ClassifyFamilyCredit(string line, List<string> credited)
    {
        if (WireCreditRx.IsMatch(line))
        {
            return new(RemovedKinds.SourceCredit);
        }

        if (WithFilesRx.Match(line) is { Success: true } with && IsOutletList(with.Groups["names"].Value))
        {
            NameLists.AddSources(TrimThe(with.Groups["names"].Value), credited);
            return new(RemovedKinds.SourceCredit);
        }

        if (OriginallyRx.Match(line) is { Success: true } originally && NameLists.IsCreditLine(originally.Groups["names"].ValueSpan))
        {
            NameLists.AddSources(TrimThe(originally.Groups["names"].Value), credited);
            return new(RemovedKinds.SourceCredit);
        }

        if (AggregatorTagRx.Match(line) is { Success: true } tag && NameLists.IsSourceList(tag.Groups["names"].ValueSpan))
        {
            NameLists.AddSources(tag.Groups["names"].Value, credited);
            return new(RemovedKinds.SourceCredit);
        }

        return WebEditorRx.Match(line) is { Success: true } editor && (!editor.Groups["names"].Success || NameLists.IsCreditLine(editor.Groups["names"].ValueSpan))
            ? new(RemovedKinds.Credit)
            : LineVerdict.Keep;
    }

    /// <summary>A tag of known agencies alone on a line, set off by a bullet, a dash or brackets (a bare name on a
    /// line of its own is left to the top-matter rules, which read it as the byline's agency).</summary>
    private static bool IsAgencyTag(string line, List<string> credited)
    {
        if (line.Length > 80 || AgencyTagRx.Match(line) is not { Success: true } m || !(m.Groups["lead"].Success || m.Groups["open"].Success))
        {
            return false;
        }

        var names = m.Groups["names"].Value.Split(['/', ',', '&'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(n => n.Split(" and ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (names.Count == 0 || !names.All(n => OutletRegistry.BuiltIn.IsAgency(n.TrimEnd('.')) || n.Equals("Agencies", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        NameLists.AddSources(string.Join(", ", names), credited);
        return true;
    }

    /// <summary>A list of outlets or agencies after "with": capitalised names only, at least one a known agency or
    /// a name of two words or more ("The Canadian Press"), so "with Smith" or "With Tuesday's vote" does not pass.</summary>
    private static bool IsOutletList(string names)
    {
        var trimmed = TrimThe(names.Trim());
        if (!NameLists.IsSourceList(trimmed))
        {
            return false;
        }

        foreach (var name in trimmed.Split([",", "/", "&", " and "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (OutletRegistry.BuiltIn.IsAgency(name) || name.Contains(' '))
            {
                return true;
            }
        }

        return false;
    }

    private static string TrimThe(string names) => names.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? names[4..] : names;
}
