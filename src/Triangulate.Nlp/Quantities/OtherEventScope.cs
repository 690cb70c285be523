using System.Globalization;
using System.Text.RegularExpressions;
using Triangulate.Core.Model;

namespace Triangulate.Nlp.Quantities;

/// <summary>
/// A figure of an earlier event the article recalls ("hit by a 6.1 quake in September", "the Bam quake of 2003 killed
/// more than 26,000"): an event noun with a month or a year that is not the article's own, next to the figure. Its
/// scope names that time ("event of 2003", "event of September"), so it never joins the story's own track (docs/figures.md).
/// </summary>
internal static partial class OtherEventScope
{
    private const int MaxDistance = 80;

    /// <summary>The scope of a figure in a sentence that opens on another incident ("In a separate shooting, …").</summary>
    public const string OtherIncident = "other incident";

    /// <summary>
    /// The nouns of an event an article may recall beside its own, in every pattern below (a plural takes the pattern's
    /// "s?" where it has one).
    /// </summary>
    private const string EventNouns = Core.Text.EventNouns.Pattern;

    /// <summary>The scope of a figure of an event weeks or more before the story's ("six weeks after a massacre …").</summary>
    public const string EarlierEvent = "earlier event";

    [GeneratedRegex(@"\b(?:" + EventNouns + @")s?\b(?:[^.;]|\.\s?\d){0,60}?\b(?i:in|of|since)\s+(?:(?i:early|late|mid-?)\s*)?(?:(?<month>January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?<year>(?:19|20)\d\d))?|(?<year>(?:19|20)\d\d))\b")]
    private static partial Regex EventThenTime();

    /// <summary>"the 1960 Agadir earthquake, which killed about 12,000", "Turkey's 1999 Izmit quake": a named event of another
    /// year, its year between a determiner and its name (without one, "2000 fires" is a count). Without a name ("the June
    /// 2015 shooting") a later report mostly means the article's own event (docs/figures.md, "Other incidents").</summary>
    [GeneratedRegex(@"\b(?i:the|a|an|its|their|\w+['’]s)\s+(?<year>(?:19|20)\d\d)\s+(?:[A-Z][\w'-]*\s+){1,3}(?:" + EventNouns + @")s?\b")]
    private static partial Regex YearEvent();

    /// <summary>"The next worst was in 1914, when 1,014 people drowned": a time whose "when" clause tells its event.</summary>
    [GeneratedRegex(@"\b(?i:in)\s+(?:(?i:early|late|mid-?)\s*)?(?:(?<month>January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?<year>(?:19|20)\d\d))?|(?<year>(?:19|20)\d\d))\s*,?\s+(?i:when)\b")]
    private static partial Regex TimeWhen();

    [GeneratedRegex(@"\b(?i:in|of)\s+(?:(?i:early|late|mid-?)\s*)?(?:(?<month>January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?<year>(?:19|20)\d\d))?|(?<year>(?:19|20)\d\d))\b(?:[^.;]|\.\s?\d){0,60}?\b(?:" + EventNouns + @")s?\b")]
    private static partial Regex TimeThenEvent();

    /// <summary>
    /// "The shooting came six weeks after a massacre at a nightclub in Orlando, where a gunman killed 49 people": an
    /// event weeks, months or years away, named with "a" or "an" (the story's own event is "the quake"; "three days
    /// after an earthquake struck, the toll rose" is the story's own toll, so days do not count).
    /// </summary>
    [GeneratedRegex(@"\b(?i:weeks?|months?|years?|decades?)\s+(?i:after|before|since)\s+(?i:an?)\s+(?:[^.;,]{0,40}?\s)??(?i:" + EventNouns + @"|floods)\b")]
    private static partial Regex DistantEarlierEvent();

    /// <summary>A time that opens the sentence and scopes its whole clause: "In early March, a gunman shot and wounded three".</summary>
    [GeneratedRegex(@"^\W*(?i:in|during)\s+(?:(?i:early|late|mid-?)\s*)?(?:(?<month>January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?<year>(?:19|20)\d\d))?|(?<year>(?:19|20)\d\d))\s*,")]
    private static partial Regex LeadingTime();

    /// <summary>A sentence that opens on another incident: "In a separate shooting, …", "In another incident", "Separately, …".</summary>
    [GeneratedRegex(@"^\W*(?:(?i:in)\s+(?:(?i:another)\s+(?:(?i:separate|unrelated|similar|earlier)\s+)?|(?i:an?)\s+(?i:separate|unrelated|different|similar|earlier)\s+)(?i:incident|shooting|case|attack|killing|homicide|crash|fire)s?\b|(?i:separately|in\s+an?\s+unrelated\s+\w+)\s*,)")]
    private static partial Regex LeadingOtherIncident();

    [GeneratedRegex(@"\b(?:" + EventNouns + @")s?\b|[;]")]
    private static partial Regex EventNoun();

    /// <summary>A sentence that opens on the event of the sentence before: "That temblor killed at least six".</summary>
    [GeneratedRegex(@"^\W*(?i:that|this|the same|the earlier|the previous)\s+(?:" + EventNouns + @")\b")]
    private static partial Regex ThatEvent();

    /// <summary>The earlier event a figure belongs to, also when its sentence names it only as "that temblor" and the
    /// sentence before gives its time ("The island was hit by a 6.1 quake in September. That temblor killed six").</summary>
    /// <param name="previous">The sentence before the figure's, when there is one.</param>
    public static string? Find(string text, TextSpan sentence, TextSpan? previous, int figureStart, DateTimeOffset? published)
    {
        if (Find(text, sentence, figureStart, published) is { } scope)
        {
            return scope;
        }

        if (previous is not { } before || !ThatEvent().IsMatch(text.AsSpan(sentence.Start, sentence.Length)))
        {
            return null;
        }

        if (DistantEarlierEvent().IsMatch(text.AsSpan(before.Start, before.Length)))
        {
            return EarlierEvent;
        }

        foreach (var regex in (ReadOnlySpan<Regex>)[EventThenTime(), TimeThenEvent(), TimeWhen(), YearEvent()])
        {
            foreach (Match m in regex.Matches(text.Substring(before.Start, before.Length)))
            {
                if (IsOtherTime(m, published))
                {
                    return Scope(m);
                }
            }
        }

        return null;
    }

    /// <param name="sentence">The figure's sentence.</param>
    /// <param name="figureStart">The figure's offset in <paramref name="text"/>.</param>
    public static string? Find(string text, TextSpan sentence, int figureStart, DateTimeOffset? published)
    {
        var slice = text.Substring(sentence.Start, sentence.Length);
        if (LeadingOtherIncident().Match(slice) is { Success: true } other && other.Index + other.Length <= figureStart - sentence.Start)
        {
            return OtherIncident;
        }

        if (LeadingTime().Match(slice) is { Success: true } lead && lead.Index + lead.Length <= figureStart - sentence.Start && IsOtherTime(lead, published))
        {
            return Scope(lead);
        }

        if (DistantEarlierEvent().Match(slice) is { Success: true } distant && InItsClause(slice, distant, figureStart - sentence.Start))
        {
            return EarlierEvent;
        }

        foreach (var regex in (ReadOnlySpan<Regex>)[EventThenTime(), TimeThenEvent(), TimeWhen(), YearEvent()])
        {
            foreach (Match m in regex.Matches(slice))
            {
                var start = sentence.Start + m.Index;
                // Near the event, or later in its clause with no other event named in between ("… in September near
                // Bandar Abbas, killing at least seven people and injuring 40").
                var near = (figureStart >= start - MaxDistance && figureStart <= start + m.Length + MaxDistance)
                    || (figureStart > start + m.Length && !EventNoun().IsMatch(text.AsSpan(start + m.Length, figureStart - start - m.Length)));
                if (near && IsOtherTime(m, published))
                {
                    return Scope(m);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the figure at <paramref name="figure"/> (in the sentence) is told of the earlier event: a relative clause
    /// on it stands between ("… a massacre at a nightclub in Orlando, where a gunman killed 49 people", "a quake that
    /// killed 600"). Without one the figure is the story's own ("the toll stood at 2,100, a week after an earthquake
    /// struck, and rose to 2,200"). When the time phrase opens the sentence ("Two years after a quake that killed 600,
    /// another struck, killing 10") the first comma after it ends that clause.
    /// </summary>
    private static bool InItsClause(string sentence, Match distant, int figure)
    {
        var end = distant.Index + distant.Length;
        if (figure < end)
        {
            return false;
        }

        var between = sentence.AsSpan(end, figure - end);
        // Only a number word or two stand before it: "Six weeks after …", "A few months after …".
        var opens = sentence.AsSpan(0, distant.Index).Trim().Length <= 12;
        return RelativeWord().IsMatch(between) && (!opens || between.IndexOf(',') < 0);
    }

    [GeneratedRegex(@"\b(?:where|that|which|when|in which)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeWord();

    // The year alone when given: "in December 2003" and "in 2003" are one earlier event.
    private static string Scope(Match m) => "event of " + (m.Groups["year"].Success ? m.Groups["year"].Value : m.Groups["month"].Value);

    private static bool IsOtherTime(Match m, DateTimeOffset? published)
    {
        if (published is not { } p)
        {
            return true;
        }

        var year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : p.Year;
        var month = m.Groups["month"].Success ? DateTime.ParseExact(m.Groups["month"].Value, "MMMM", CultureInfo.InvariantCulture).Month : p.Month;
        return year != p.Year || (m.Groups["month"].Success && month != p.Month);
    }
}
