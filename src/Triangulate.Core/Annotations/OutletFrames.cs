using Triangulate.Core.Model;

namespace Triangulate.Core.Annotations;

/// <summary>
/// Where a name stands when it names a news outlet that reports: "told Semafor", "according to Bloomberg",
/// "quoted by Axios", "in an interview with Politico", "Semafor detailed that…". A person can stand there too
/// ("told Smith"), so callers add their own evidence (a one-word name that is nobody's surname, no title before it).
/// Shared by the tagger's post-pass (names it missed) and the story entities (names it typed wrongly).
/// </summary>
public static class OutletFrames
{
    /// <summary>Verbs an outlet does to a story, right after its name.</summary>
    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.Ordinal)
    {
        "reported", "detailed", "revealed", "wrote", "published", "broke",
    };

    /// <summary>The same in the present, which reads as a plural noun too ("Now reports say…"): only before "that" or a
    /// colon ("Politico reports:").</summary>
    private static readonly HashSet<string> PresentReportingVerbs = new(StringComparer.Ordinal)
    {
        "reports", "details", "reveals", "writes",
    };

    /// <summary>"quoted by X", "obtained by X": participles an outlet is the agent of. Not "seen by": a letter "seen by"
    /// a name is as often seen by a place's officials, so that frame alone names no outlet (the corpus's credits may).</summary>
    private static readonly HashSet<string> ByOutlet = new(StringComparer.Ordinal)
    {
        "quoted", "obtained", "reviewed", "cited", "reported", "published", "confirmed",
    };

    /// <summary>Words after a name that show it is not modifying a noun: "told Axios and…", "according to Axios, the…".</summary>
    private static readonly HashSet<string> Linking = new(StringComparer.Ordinal)
    {
        "and", "or", "to", "of", "for", "in", "on", "at", "with", "from", "as", "is", "was", "are", "were", "has", "had",
        "would", "will", "could", "can", "did", "does", "that", "which", "who", "but", "because", "after", "before", "last",
        "earlier", "this", "about", "late", "early", "recently",
    };

    /// <summary>True when the name at <paramref name="span"/> of <paramref name="text"/> stands where outlets stand.</summary>
    public static bool IsOutletFrame(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        var before = WordBefore(text, span.Start);
        var twoBefore = before.Length == 0 ? string.Empty : WordBefore(text, span.Start - before.Length - 1);
        if (before == "told" || (before == "to" && twoBefore == "according") || (before == "by" && ByOutlet.Contains(twoBefore))
            || (before == "with" && twoBefore == "interview"))
        {
            // "according to Russia's competition law", "according to Chinese sources": the source is what follows.
            var possessive = span.End < text.Length && text[span.End] is '\'' or '’';
            return !possessive && !ModifiesNextWord(text, span.End);
        }

        var (after, next) = WordAfter(text, span.End);
        if (PresentReportingVerbs.Contains(after))
        {
            return (next < text.Length && text[next] == ':') || WordAfter(text, next).Word == "that";
        }

        return ReportingVerbs.Contains(after) || (after == "first" && WordAfter(text, next).Word == "reported");
    }

    /// <summary>A lower-case word that is no linking word follows: the name modifies it ("Chinese sources").</summary>
    public static bool ModifiesNextWord(string text, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (after, _) = WordAfter(text, end);
        return after.Length > 0 && char.IsLower(text[end + 1]) && !Linking.Contains(after);
    }

    /// <summary>The lower-cased word (letters only) right before <paramref name="start"/> and one space, or "".</summary>
    public static string WordBefore(string text, int start)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = start - 1;
        if (end < 1 || end >= text.Length || text[end] != ' ')
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

    /// <summary>The lower-cased word (letters only) after one space at <paramref name="start"/>, and where it ends.</summary>
    public static (string Word, int End) WordAfter(string text, int start)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (start >= text.Length || text[start] != ' ')
        {
            return (string.Empty, start);
        }

        var end = start + 1;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return (text[(start + 1)..end].ToLowerInvariant(), end);
    }
}
