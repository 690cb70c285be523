using System.Text.RegularExpressions;
using Triangulate.Core.Model;
using Triangulate.Core.Outlets;

namespace Triangulate.Extraction.Cleaning;

/// <summary>
/// Whole-line boilerplate rules. Each rule matches a short line as a whole (anchored at its start or end),
/// never a phrase inside a sentence, so story text that mentions an agency ("told Reuters") survives.
/// A cheap keyword gate runs first; most story lines never reach a regex.
/// </summary>
internal static partial class LineRules
{
    /// <summary>A credit with no caption line before it: one for the article's main picture ("Main image credit: ..."),
    /// or a BBC-style "Image copyright X", whose caption follows it.</summary>
    public static bool IsLeadImageCredit(string line) => LeadImageCreditRx.IsMatch(line);

    /// <summary>True when the whole line only credits an agency or outlet it came from ("With inputs from
    /// Reuters", "Northwind contributed to this report"), the way the cleaner would remove it.</summary>
    public static bool IsSourceCreditLine(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length is 0 or > 200)
        {
            return false;
        }

        // "Daily Ledger staff | Sunday ..." is the page's own byline, read as metadata already, not a
        // credit to another source.
        if (trimmed.Contains(" staff", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string? holder = null;
        var credited = new List<string>(1);
        return Classify(trimmed, credited, ref holder).Kind is RemovedKinds.SourceCredit or RemovedKinds.Credit && credited.Count > 0;
    }

    /// <summary>An editor's note or correction, which is story apparatus, never a caption.</summary>
    public static bool IsNote(string line) => NoteRx.IsMatch(line);

    /// <summary>Classifies one trimmed line that is short enough to be boilerplate.</summary>
    /// <param name="credited">Receives the sources a credit line names.</param>
    /// <param name="copyrightHolder">Receives the holder a copyright line names, when not yet known.</param>
    public static LineVerdict Classify(string line, List<string> credited, ref string? copyrightHolder)
    {
        var span = line.AsSpan();
        var anchored = StartsLikeBoilerplate(span);
        if (!anchored && !span.ContainsAny(AnywhereWords) && line[^1] is not (')' or ']') && !IsMarkedLine(span))
        {
            return LineVerdict.Keep;
        }

        return ClassifyCandidate(line, anchored, credited, ref copyrightHolder);
    }

    private static LineVerdict ClassifyCandidate(string line, bool anchored, List<string> credited, ref string? copyrightHolder)
    {
        var span = line.AsSpan();
        if (span.ContainsAny(CopyrightWords) && CopyrightRx.IsMatch(line) && NameLists.IsCopyrightLine(line))
        {
            copyrightHolder ??= FindCopyrightHolder(line);
            return new(RemovedKinds.Copyright);
        }

        var quoted = ContainsQuote(line);
        if (!quoted && ((anchored && PromoRx.IsMatch(line)) || (span.ContainsAny(PromoWords) && PromoAnywhereRx.IsMatch(line))))
        {
            return new(RemovedKinds.Promo);
        }

        if (!quoted && span.Contains("cookie", StringComparison.OrdinalIgnoreCase) && CookieRx.IsMatch(line))
        {
            return new(RemovedKinds.Cookie);
        }

        if (anchored && ClassifyAnchored(line, quoted, credited) is { Kind: not null } verdict)
        {
            return verdict;
        }

        if (ClassifyFamily(line, quoted, credited) is { Kind: not null } family)
        {
            return family;
        }

        if (span.Contains("staff", StringComparison.Ordinal) && CreditRx.IsMatch(line) && NameLists.IsCreditLine(line))
        {
            AddStaffSources(line, credited);
            return new(RemovedKinds.Credit);
        }

        if (span.Contains('@') && ContactRx.IsMatch(line))
        {
            return new(RemovedKinds.Credit);
        }

        if (!quoted && span.ContainsAny(SyndicationWords) && SyndicatedRx.IsMatch(line))
        {
            return new(RemovedKinds.SourceCredit);
        }

        if (!quoted && line[0] == '(' && BracketedSourceRx.Match(line) is { Success: true } bracketed && NameLists.IsSourceList(bracketed.Groups["names"].ValueSpan))
        {
            NameLists.AddSources(bracketed.Groups["names"].Value, credited);
            return new(RemovedKinds.SourceCredit);
        }

        if (!quoted && span.Contains("contributed", StringComparison.Ordinal) && ContributedRx.Match(line) is { Success: true } contributed
            && NameLists.IsCreditLine(contributed.Groups["names"].ValueSpan))
        {
            if (OutletRegistry.BuiltIn.IsAgency(contributed.Groups["names"].Value.Trim()) || contributed.Value.Contains("this report", StringComparison.Ordinal))
            {
                NameLists.AddSources(contributed.Groups["names"].Value, credited);
            }

            return new(RemovedKinds.Credit);
        }

        if (span.ContainsAny(PhotoWords) && PhotoBareRx.IsMatch(line))
        {
            return new(RemovedKinds.PhotoCredit, BarePhotoCredit: true);
        }

        return (line[^1] == ')' || span.Contains('|')) && PhotoInlineRx.IsMatch(line) ? new(RemovedKinds.PhotoCredit) : LineVerdict.Keep;
    }

    /// <summary>The rules anchored at the line start; only lines whose first word could start them get here.</summary>
    private static LineVerdict ClassifyAnchored(string line, bool quoted, List<string> credited)
    {
        if (!quoted && SourceLinkRx.IsMatch(line))
        {
            // Before the source credits: "Source link" names no source.
            return new(RemovedKinds.ReadMore);
        }

        if (!quoted && FirstMatch(line, FurnitureRules) is { Kind: not null } furniture)
        {
            return furniture;
        }

        if (EndMarkRx.IsMatch(line))
        {
            return new(RemovedKinds.EndMark);
        }

        if (CreditRx.IsMatch(line) && NameLists.IsCreditLine(line))
        {
            AddStaffSources(line, credited);
            return new(RemovedKinds.Credit);
        }

        if (!quoted && (WireOnlyRx.IsMatch(line) || IsSourceCredit(line, credited)))
        {
            return new(RemovedKinds.SourceCredit);
        }

        if (ImageCaptionRx.IsMatch(line))
        {
            return new(RemovedKinds.Caption);
        }

        var label = PhotoLabelRx.Match(line);
        if (label.Success)
        {
            // "Photo: Jane Mills/AFP" credits; "Image: The mayor, left, greets the crew" is the caption itself.
            return NameLists.IsCreditLine(label.Groups["what"].ValueSpan)
                ? new(RemovedKinds.PhotoCredit, BarePhotoCredit: true)
                : new(RemovedKinds.Caption);
        }

        return LineVerdict.Keep;
    }

    /// <summary>The kind of the first rule in <paramref name="rules"/> whose pattern matches the line, else keep.</summary>
    private static LineVerdict FirstMatch(string line, (Regex Pattern, string Kind)[] rules)
    {
        foreach (var (pattern, kind) in rules)
        {
            if (pattern.IsMatch(line))
            {
                return new(kind);
            }
        }

        return LineVerdict.Keep;
    }

    /// <summary>
    /// Could an anchored rule match? True when the line's first word starts one of them ("Share", "Reporting",
    /// "With", "Photo"...) or the line opens with no word at all ("###", "© 2024"). Story lines mostly fail here.
    /// </summary>
    private static bool StartsLikeBoilerplate(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && !char.IsLetterOrDigit(line[i]))
        {
            i++;
        }

        if (i == line.Length || char.IsDigit(line[i]))
        {
            // No word at all ("###"), or a number ("-30-"): only short such lines can be end marks.
            return line.Length <= 8;
        }

        var start = i;
        while (i < line.Length && (char.IsLetter(line[i]) || line[i] is '\'' or '’'))
        {
            i++;
        }

        return StarterLookup.Contains(line[start..i]);
    }

    /// <summary>A line opening with a bullet, a dash or a bracket, as tags and shortcodes do.</summary>
    private static bool IsMarkedLine(ReadOnlySpan<char> line) => line[0] is '[' or '(' or '•' or '·' or '▪' or '●' or '■' or '*' or '-' or '–' or '—';

    private static bool IsSourceCredit(string line, List<string> credited)
    {
        if (line.AsSpan().ContainsAny(SyndicationWords) && SyndicatedRx.IsMatch(line))
        {
            return true;
        }

        var match = SourceCreditRx.Match(line);
        if (!match.Success)
        {
            return false;
        }

        var names = match.Groups["names"];
        if (!names.Success)
        {
            return true;
        }

        var value = names.Value;
        if (!NameLists.IsSourceList(value))
        {
            return false;
        }

        NameLists.AddSources(value, credited);
        return true;
    }

    private static void AddStaffSources(string line, List<string> credited)
    {
        foreach (Match m in StaffRx.Matches(line))
        {
            NameLists.AddSources(m.Groups["agency"].Value.Trim(), credited);
        }
    }

    private static string? FindCopyrightHolder(string line)
    {
        var m = CopyrightHolderRx.Match(line);
        return m.Success ? m.Groups["holder"].Value.Trim() : null;
    }

    private static bool ContainsQuote(string line) => line.AsSpan().IndexOfAny("\"“”„«»") >= 0;
}
